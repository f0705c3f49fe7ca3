import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { PAYMENT_WINDOW_MS } from "@/lib/orders/place";
import { markPaid, releaseOrder, settleFromProvider } from "@/lib/orders/settle";
import { orderSelect, orderView, type OrderView } from "@/lib/orders/view";
import { cancelPayment, confirmPayment } from "@/lib/payments/toss";

async function ownOrder(memberId: string, orderId: string) {
  const order = await db.order.findFirst({ where: { id: orderId, memberId }, select: { ...orderSelect, couponId: true, paymentKey: true, payBy: true } });
  if (!order) throw new DomainError("ORDER_NOT_FOUND");
  return order;
}

export async function orderOf(memberId: string, orderId: string): Promise<OrderView> {
  return orderView(await ownOrder(memberId, orderId));
}

/**
 * The success URL's confirm: checks the provider's redirect against the order, then charges
 * through Toss's confirm (Idempotency-Key = order id) and records it. Idempotent: a repeat with
 * the same paymentKey answers the PAID order. Nothing is charged when the amount differs from the
 * order's (AMOUNT_MISMATCH), when the order is no longer payable, or when its coupon expired or
 * went to another order meanwhile (the order then fails and returns its stock).
 */
export async function confirmOrder(memberId: string, orderId: string, input: { paymentKey: string; amount: number }, now = new Date()): Promise<OrderView> {
  const order = await ownOrder(memberId, orderId);
  if (order.status === "PAID" && order.paymentKey === input.paymentKey) return orderView(order);
  if (order.status !== "PENDING_PAYMENT") throw new DomainError("ORDER_NOT_PAYABLE");
  if (input.amount !== order.total) throw new DomainError("AMOUNT_MISMATCH", { field: "amount" });

  // The first paymentKey sent for an order is the only one it will be confirmed with.
  const claimed = await db.$executeRaw`
    UPDATE orders SET payment_key = ${input.paymentKey}
    WHERE id = ${orderId} AND status = 'PENDING_PAYMENT' AND (payment_key IS NULL OR payment_key = ${input.paymentKey})`;
  if (claimed === 0) throw new DomainError("ORDER_NOT_PAYABLE");

  if (order.couponId) {
    // Renew the hold for the time the payment takes, only if this order still holds a valid,
    // unused coupon: after this no other order can take it until the confirm is settled.
    const held = await db.$executeRaw`
      UPDATE coupons SET reserved_until = ${new Date(now.getTime() + PAYMENT_WINDOW_MS)}
      WHERE id = ${order.couponId} AND reserved_order_id = ${orderId} AND used_at IS NULL AND expires_at > ${now}`;
    if (held === 0) {
      const coupon = await db.coupon.findUnique({ where: { id: order.couponId }, select: { expiresAt: true } });
      await releaseOrder(orderId, "PENDING_PAYMENT", "FAILED", now);
      throw new DomainError(coupon && coupon.expiresAt <= now ? "COUPON_EXPIRED" : "COUPON_UNAVAILABLE");
    }
  }

  const result = await confirmPayment({ paymentKey: input.paymentKey, orderId, amount: order.total });
  if (result.ok && result.payment.status === "DONE") {
    const recorded = await markPaid(orderId, result.payment, now);
    if (!recorded && (await orderOf(memberId, orderId)).status !== "PAID") {
      // Canceled while the provider was charging (the fail page in another tab): never keep
      // money for an order that is not PAID.
      await cancelPayment(result.payment.paymentKey, "취소된 주문의 결제 자동 환불");
      throw new DomainError("ORDER_NOT_PAYABLE");
    }
  } else if (!result.ok && result.kind === "refused" && result.code === "ALREADY_PROCESSED_PAYMENT") {
    // Confirmed before (another tab, a lost answer): what the provider holds decides.
    await settleFromProvider(order, now);
  } else if (!result.ok && result.kind === "refused") {
    await releaseOrder(orderId, "PENDING_PAYMENT", "FAILED", now);
    throw new DomainError("PAYMENT_FAILED", { message: `결제에 실패했어요. ${result.message}` });
  } else {
    // No answer: the payment may or may not have happened. The order stays as it is; asking
    // again repeats the confirm with the same Idempotency-Key, which never charges twice.
    throw new DomainError("PAYMENT_PENDING", { retryAfterSeconds: 3 });
  }
  const settled = await orderOf(memberId, orderId);
  if (settled.status === "PAID") return settled;
  throw settled.status === "FAILED" ? new DomainError("PAYMENT_FAILED") : new DomainError("PAYMENT_PENDING", { retryAfterSeconds: 3 });
}
