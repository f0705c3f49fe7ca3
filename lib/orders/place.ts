import "server-only";
import { buyNowCart, getCart, outOfStock, type Cart } from "@/lib/cart";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { memberCouponOffer } from "@/lib/orders/coupons";
import { orderSelect, orderView, type OrderView } from "@/lib/orders/view";
import { paymentPageUrl } from "@/lib/payments/toss";
import type { OrderRequest } from "@/lib/validation/orders";

/** How long an unpaid order holds its stock and coupon. */
export const PAYMENT_WINDOW_MS = 15 * 60_000;

/** Toss shows at most 100 characters of an order name. */
const orderName = (titles: string[]) => `${titles[0]!}${titles.length > 1 ? ` 외 ${titles.length - 1}건` : ""}`.slice(0, 100);

export type PlacedOrder = { order: OrderView; payment: { url: string } };

/** What is ordered: the cart, or for 바로 구매 (`productId`) that product alone. */
async function orderedCart(memberId: string, request: OrderRequest): Promise<Cart> {
  if (request.productId === undefined) return getCart(memberId);
  const cart = await buyNowCart(request.productId, request.quantity ?? 1);
  if (!cart) throw new DomainError("PRODUCT_NOT_FOUND", { field: "productId" });
  return cart;
}

/**
 * Orders the member's cart, or with `productId` (바로 구매) that product alone, leaving the cart as
 * it is, now and once paid. Every amount is computed here from today's prices and the coupon's
 * terms (nothing the browser says about money is used), then in one transaction the order is
 * written, the coupon taken and the stock taken, or nothing is. The order waits for payment
 * (PENDING_PAYMENT) until `payBy`; the answer carries the payment page's address.
 */
export async function placeOrder(member: { id: string }, request: OrderRequest, now = new Date()): Promise<PlacedOrder> {
  const couponId = request.couponId ?? null;
  const cart = await orderedCart(member.id, request);
  if (cart.items.length === 0) throw new DomainError("CART_EMPTY");
  // What the stock read with the cart cannot cover is refused from that read: once a product
  // sells out, most orders for it end here instead of in a transaction that holds a database
  // connection while it waits for the product's row (which took a 1,000-member checkout past
  // the pool's 3 s wait, bench scenario 6). Enough stock here is no promise: the conditional
  // UPDATE below decides.
  const short = cart.items.find((l) => l.quantity > l.stock);
  if (short) throw outOfStock(short.title, short.stock);
  const lines = cart.items.map((l) => ({ atelierId: l.atelier.id, unitPrice: l.unitPrice, quantity: l.quantity }));

  let discount = 0;
  if (couponId) {
    const offer = await memberCouponOffer(member.id, couponId, lines, now);
    if (!offer) throw new DomainError("COUPON_NOT_FOUND");
    if (!offer.applies) {
      const taken = offer.refusal === "used" || offer.refusal === "held";
      throw new DomainError(taken ? "COUPON_UNAVAILABLE" : "COUPON_NOT_APPLICABLE", { message: offer.reason, field: "couponId" });
    }
    discount = offer.discount;
  }

  const payBy = new Date(now.getTime() + PAYMENT_WINDOW_MS);
  // Lock order: the coupon row, then products by ascending id; every transaction that takes or
  // returns stock goes the same way, so two orders never wait on each other in a cycle.
  const items = [...cart.items].sort((a, b) => a.productId - b.productId);
  const row = await db.$transaction(
    async (tx) => {
      const order = await tx.order.create({
        data: {
          memberId: member.id,
          name: orderName(cart.items.map((l) => l.title)),
          subtotal: cart.subtotal,
          discount,
          total: cart.subtotal - discount,
          couponId,
          fromCart: request.productId === undefined,
          payBy,
          items: { create: items.map((l) => ({ productId: l.productId, atelierId: l.atelier.id, title: l.title, unitPrice: l.unitPrice, quantity: l.quantity })) },
        },
        select: orderSelect,
      });
      if (couponId) {
        // Invariant: a coupon is held by at most one unpaid order at a time and redeemed at most
        // once. One statement takes it, only while it is unused, unexpired and not held (or its
        // hold lapsed); of parallel checkouts with the same coupon exactly one sees a row here.
        const taken = await tx.$executeRaw`
          UPDATE coupons SET reserved_order_id = ${order.id}, reserved_until = ${payBy}
          WHERE id = ${couponId} AND user_id = ${member.id} AND used_at IS NULL AND expires_at > ${now}
            AND (reserved_until IS NULL OR reserved_until <= ${now})`;
        if (taken === 0) throw new DomainError("COUPON_UNAVAILABLE", { field: "couponId" });
      }
      for (const line of items) {
        // Invariant: stock never goes below zero (also a CHECK). The decrement happens only
        // where enough is left, in one statement; a line that finds too little undoes the order.
        const took = await tx.$executeRaw`UPDATE products SET stock = stock - ${line.quantity} WHERE id = ${line.productId} AND stock >= ${line.quantity}`;
        if (took === 0) {
          const left = await tx.product.findUnique({ where: { id: line.productId }, select: { stock: true } });
          throw outOfStock(line.title, left?.stock ?? 0);
        }
      }
      return order;
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
  const order = orderView(row);
  return { order, payment: { url: paymentPageUrl(order.id) } };
}
