import "server-only";
import { buyNowCart, getCart, type Cart } from "@/lib/cart";
import { pageOf, type Cursor, type Page } from "@/lib/cursor";
import { db } from "@/lib/db";
import { couponChoices, type CouponChoice } from "@/lib/orders/coupons";
import { orderSelect, orderView, type OrderView } from "@/lib/orders/view";

/** 주문내역, newest first. */
export async function listMyOrders(memberId: string, after: Cursor | undefined, take = 20): Promise<Page<OrderView>> {
  const rows = await db.order.findMany({
    where: { memberId, ...(after ? { OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    select: orderSelect,
  });
  return pageOf(rows, take, orderView, (r) => ({ at: r.createdAt, id: r.id }));
}

/**
 * What /checkout shows: the cart (or for 바로 구매 that one product, `quantity` pieces) and the
 * member's coupons, each judged against it; an unknown product is an empty order.
 */
export async function checkoutSummary(memberId: string, buyNow: { productId: number; quantity: number } | null, now = new Date()): Promise<{ cart: Cart; coupons: CouponChoice[] }> {
  const cart = (buyNow ? await buyNowCart(buyNow.productId, buyNow.quantity) : await getCart(memberId)) ?? { items: [], subtotal: 0 };
  const lines = cart.items.map((l) => ({ atelierId: l.atelier.id, unitPrice: l.unitPrice, quantity: l.quantity }));
  return { cart, coupons: await couponChoices(memberId, lines, now) };
}

/** An order as the atelier that sells in it sees it: only its own lines, the buyer by nickname. */
export type AtelierOrder = {
  id: string;
  status: "PAID" | "CANCELED";
  createdAt: string;
  buyer: string | null;
  amount: number;
  items: { productId: number; title: string; unitPrice: number; quantity: number }[];
};

/** Paid and canceled orders with the atelier's products, newest first (작가 스튜디오 → 주문). */
export async function listAtelierOrders(atelierId: number, after: Cursor | undefined, take = 20): Promise<Page<AtelierOrder>> {
  const rows = await db.order.findMany({
    where: {
      status: { in: ["PAID", "CANCELED"] },
      items: { some: { atelierId } },
      ...(after ? { OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    select: {
      id: true,
      status: true,
      createdAt: true,
      member: { select: { nickname: true } },
      items: { where: { atelierId }, select: { productId: true, title: true, unitPrice: true, quantity: true }, orderBy: { productId: "asc" } },
    },
  });
  return pageOf(
    rows,
    take,
    (r): AtelierOrder => ({
      id: r.id,
      status: r.status as AtelierOrder["status"],
      createdAt: r.createdAt.toISOString(),
      buyer: r.member?.nickname ?? null,
      amount: r.items.reduce((sum, i) => sum + i.unitPrice * i.quantity, 0),
      items: r.items,
    }),
    (r) => ({ at: r.createdAt, id: r.id }),
  );
}
