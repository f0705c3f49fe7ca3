import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { orderOf } from "@/lib/orders/confirm";
import { releaseOrder, settleFromProvider } from "@/lib/orders/settle";
import type { OrderView } from "@/lib/orders/view";
import { cancelPayment } from "@/lib/payments/toss";

/**
 * Cancels the member's order; idempotent (an order already ended is answered as it is).
 * Unpaid: its stock and coupon go back (the fail page and 주문 취소 alike); if a confirm was sent,
 * the provider is asked first, so a payment it took is refunded, not forgotten. Paid: refunded in
 * full through the provider, then its stock goes back and its coupon too, if still valid.
 */
export async function cancelOrder(memberId: string, orderId: string, now = new Date()): Promise<OrderView> {
  const order = await db.order.findFirst({ where: { id: orderId, memberId }, select: { id: true, status: true, total: true, payBy: true, paymentKey: true } });
  if (!order) throw new DomainError("ORDER_NOT_FOUND");
  let status = order.status;
  if (status === "PENDING_PAYMENT" && order.paymentKey) {
    const settled = await settleFromProvider(order, now);
    if (settled === "paid") status = "PAID";
  }
  if (status === "PENDING_PAYMENT") await releaseOrder(orderId, "PENDING_PAYMENT", "CANCELED", now);
  if (status === "PAID") {
    const { paymentKey } = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { paymentKey: true } });
    const refund = await cancelPayment(paymentKey!, "구매자 요청으로 주문 취소");
    const refunded = refund.ok || (refund.kind === "refused" && refund.code === "ALREADY_CANCELED_PAYMENT");
    if (!refunded) throw refund.kind === "refused" ? new DomainError("ORDER_NOT_CANCELABLE", { message: `주문을 취소하지 못했어요. ${refund.message}` }) : new DomainError("PAYMENT_PENDING", { retryAfterSeconds: 3 });
    await releaseOrder(orderId, "PAID", "CANCELED", now);
  }
  return orderOf(memberId, orderId);
}
