import type { Metadata } from "next";
import { PaymentResult } from "@/app/checkout/payment-result";
import { requireSignedInMemberPage } from "@/lib/auth/signed-in-member";

export const metadata: Metadata = { title: "결제 실패", robots: { index: false } };

type Props = { searchParams: Promise<{ code?: string; message?: string; orderId?: string }> };

/** Where the payment window sends a payment that did not happen: the order lets go of its stock and coupon. */
export default async function CheckoutFailPage({ searchParams }: Props) {
  const { message = "", orderId = "" } = await searchParams;
  await requireSignedInMemberPage(`/checkout/fail?${new URLSearchParams({ message, orderId })}`);
  return <PaymentResult action="cancel" orderId={orderId} providerMessage={message.slice(0, 200)} />;
}
