import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PaymentWindowOpener } from "@/app/checkout/pay/payment-window-opener";
import { requireSignedInMemberPage } from "@/lib/auth/signed-in-member";
import { DomainError } from "@/lib/errors";
import { orderPaymentWindow } from "@/lib/orders/pay";
import type { PaymentWindow } from "@/lib/payments/toss";
import { ORDER_ID } from "@/lib/validation/orders";

export const metadata: Metadata = { title: "결제", robots: { index: false } };

type Props = { searchParams: Promise<{ orderId?: string }> };

/**
 * Where 결제하기 (and POST /api/orders' payment.url) sends the shopper: opens Toss's payment window
 * for the order with Toss's JS SDK, with the amount read from the database, never from the URL.
 */
export default async function CheckoutPayPage({ searchParams }: Props) {
  const { orderId = "" } = await searchParams;
  const member = await requireSignedInMemberPage(`/checkout/pay?${new URLSearchParams({ orderId })}`);
  if (!ORDER_ID.test(orderId)) notFound();
  let payment: PaymentWindow;
  try {
    payment = await orderPaymentWindow(member.id, orderId);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.key === "ORDER_NOT_FOUND") notFound();
    return <NotPayable message={error.message} />;
  }
  return <PaymentWindowOpener payment={payment} />;
}

function NotPayable({ message }: { message: string }) {
  return (
    <div className="mx-auto max-w-lg px-4 pt-16 pb-16 text-center">
      <h1 className="text-2xl font-bold">결제창을 열 수 없어요</h1>
      <p className="mt-3 text-stone-600">{message}</p>
      <div className="mt-8 flex justify-center gap-3 text-sm font-semibold">
        <a href="/mypage/orders" className="rounded-xl border border-stone-300 px-5 py-3 hover:bg-stone-50">주문내역 보기</a>
        <a href="/cart" className="rounded-xl bg-brand-600 px-5 py-3 text-white hover:bg-brand-700">장바구니로</a>
      </div>
    </div>
  );
}
