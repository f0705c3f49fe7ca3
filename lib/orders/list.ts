import "server-only";
import { getCart, type Cart } from "@/lib/cart";
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

/** What /checkout shows: the cart and the member's coupons, each judged against it. */
export async function checkoutSummary(memberId: string, now = new Date()): Promise<{ cart: Cart; coupons: CouponChoice[] }> {
  const cart = await getCart(memberId);
  const lines = cart.items.map((l) => ({ atelierId: l.atelier.id, unitPrice: l.unitPrice, quantity: l.quantity }));
  return { cart, coupons: await couponChoices(memberId, lines, now) };
}
