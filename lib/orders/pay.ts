import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { paymentWindow, type PaymentWindow } from "@/lib/payments/toss";

/**
 * What the payment page (/checkout/pay) opens Toss's window with, for the member's own order,
 * read from the database: the amount is the order's, whatever the address says. Only an order
 * still waiting for payment within its pay-by opens one; another member's order does not exist
 * (ORDER_NOT_FOUND), a paid one says so (ORDER_ALREADY_PAID), one whose confirm was already sent
 * is being settled (PAYMENT_PENDING), anything else has ended (ORDER_NOT_PAYABLE).
 */
export async function orderPaymentWindow(memberId: string, orderId: string, now = new Date()): Promise<PaymentWindow> {
  const order = await db.order.findFirst({
    where: { id: orderId, memberId },
    select: { id: true, name: true, total: true, status: true, payBy: true, paymentKey: true, member: { select: { id: true, nickname: true, email: true } } },
  });
  if (!order?.member) throw new DomainError("ORDER_NOT_FOUND");
  if (order.status === "PAID") throw new DomainError("ORDER_ALREADY_PAID");
  if (order.status !== "PENDING_PAYMENT" || order.payBy <= now) throw new DomainError("ORDER_NOT_PAYABLE");
  if (order.paymentKey) throw new DomainError("PAYMENT_PENDING");
  return paymentWindow(order, order.member);
}
