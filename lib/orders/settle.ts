import "server-only";
import { db } from "@/lib/db";
import type { OrderStatus } from "@/lib/generated/prisma/client";
import { paymentOfOrder, type TossPayment } from "@/lib/payments/toss";

// The state changes of an order after it was placed. Each is one transaction that starts with a
// conditional UPDATE of the order's status, so two requests racing (a reload of the success page,
// the fail page, a reconciliation) change it once: the loser sees 0 rows and does nothing.

/**
 * The provider charged the order: PAID, its coupon used, and for an order of the cart its
 * products out of the cart (a 바로 구매 leaves the cart as it was).
 * Invariant: a coupon's used_at is set only here, for the order holding it (and a unique index
 * allows one PAID order per coupon). False when the order was no longer waiting for payment.
 */
export async function markPaid(orderId: string, payment: Pick<TossPayment, "paymentKey">, now = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const paid = await tx.$executeRaw`
      UPDATE orders SET status = 'PAID', paid_at = ${now}, payment_key = ${payment.paymentKey}
      WHERE id = ${orderId} AND status = 'PENDING_PAYMENT'`;
    if (paid === 0) return false;
    await tx.$executeRaw`
      UPDATE coupons SET used_at = ${now}
      WHERE id = (SELECT coupon_id FROM orders WHERE id = ${orderId}) AND reserved_order_id = ${orderId} AND used_at IS NULL`;
    await tx.$executeRaw`
      DELETE FROM cart_items c USING orders o, order_items i
      WHERE o.id = ${orderId} AND o.from_cart AND i.order_id = o.id AND c.user_id = o.user_id AND c.product_id = i.product_id`;
    return true;
  });
}

/**
 * Undoes an order's holds when it ends unpaid (FAILED, or CANCELED before payment) or is
 * canceled after payment (refunded): its stock goes back, and its coupon is free again, if the
 * coupon is still valid (an expired one stays as it was). False when the order was not `from`.
 */
export async function releaseOrder(orderId: string, from: OrderStatus, to: "FAILED" | "CANCELED", now = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const changed = await tx.$executeRaw`
      UPDATE orders SET status = ${to}::"OrderStatus", canceled_at = ${now}
      WHERE id = ${orderId} AND status = ${from}::"OrderStatus"`;
    if (changed === 0) return false;
    await tx.$executeRaw`
      UPDATE coupons SET reserved_order_id = NULL, reserved_until = NULL, used_at = NULL
      WHERE reserved_order_id = ${orderId} AND (used_at IS NULL OR expires_at > ${now})`;
    // Products in ascending id, the order placeOrder takes them in (no lock cycles).
    const items = await tx.orderItem.findMany({ where: { orderId }, select: { productId: true, quantity: true }, orderBy: { productId: "asc" } });
    for (const item of items) await tx.$executeRaw`UPDATE products SET stock = stock + ${item.quantity} WHERE id = ${item.productId}`;
    return true;
  });
}

/**
 * Settles an unpaid order from what the provider holds for it: a confirm the provider answered
 * but whose answer never reached us (a crash, a timeout) becomes PAID, never charged again; a
 * payment the provider ended (declined, expired, canceled) fails the order. 'open' when the
 * provider has no payment yet (the shopper may still pay) or could not be asked.
 */
export async function settleFromProvider(order: { id: string; total: number; payBy: Date }, now = new Date()): Promise<"paid" | "failed" | "open"> {
  const found = await paymentOfOrder(order.id);
  if (found.ok && found.payment.status === "DONE" && found.payment.totalAmount === order.total) {
    await markPaid(order.id, found.payment, now);
    return "paid";
  }
  const ended = found.ok ? ["ABORTED", "EXPIRED", "CANCELED"].includes(found.payment.status) : found.kind === "refused" && found.code === "NOT_FOUND_PAYMENT" && order.payBy <= now;
  if (ended) {
    await releaseOrder(order.id, "PENDING_PAYMENT", "FAILED", now);
    return "failed";
  }
  return "open";
}

/**
 * Settles every unpaid order whose payment time is over (to be run every few minutes): paid at
 * the provider → PAID; otherwise FAILED, with its stock and coupon returned.
 */
export async function settleLapsedOrders(now = new Date(), take = 100): Promise<{ paid: number; failed: number }> {
  const lapsed = await db.order.findMany({ where: { status: "PENDING_PAYMENT", payBy: { lte: now } }, select: { id: true, total: true, payBy: true }, orderBy: { payBy: "asc" }, take });
  const tally = { paid: 0, failed: 0 };
  for (const order of lapsed) {
    const result = await settleFromProvider(order, now);
    if (result !== "open") tally[result]++;
  }
  return tally;
}
