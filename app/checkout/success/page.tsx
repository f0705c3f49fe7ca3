import type { Metadata } from "next";
import { PaymentResult } from "@/app/checkout/payment-result";
import { requireSignedInMemberPage } from "@/lib/auth/signed-in-member";

export const metadata: Metadata = { title: "결제 확인", robots: { index: false } };

type Props = { searchParams: Promise<{ paymentKey?: string; orderId?: string; amount?: string }> };

/** Where the payment window sends the shopper back: the order is confirmed from here. */
export default async function CheckoutSuccessPage({ searchParams }: Props) {
  const { paymentKey = "", orderId = "", amount = "" } = await searchParams;
  await requireSignedInMemberPage(`/checkout/success?${new URLSearchParams({ paymentKey, orderId, amount })}`);
  return <PaymentResult action="confirm" orderId={orderId} paymentKey={paymentKey} amount={Number(amount)} />;
}
