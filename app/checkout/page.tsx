import type { Metadata } from "next";
import { CheckoutForm } from "@/app/checkout/checkout-form";
import { EmptyState } from "@/components/empty-state";
import { requireSignedInMemberPage } from "@/lib/auth/signed-in-member";
import { checkoutSummary } from "@/lib/orders/list";

export const metadata: Metadata = { title: "주문/결제", robots: { index: false } };

export default async function CheckoutPage() {
  const member = await requireSignedInMemberPage("/checkout");
  const { cart, coupons } = await checkoutSummary(member.id);
  return (
    <div className="mx-auto max-w-4xl px-4 pt-8 pb-16">
      <h1 className="text-2xl font-bold">주문/결제</h1>
      {cart.items.length === 0 ? (
        <div className="mt-6">
          <EmptyState text="주문할 작품이 없어요. 장바구니에 먼저 담아 주세요." href="/" cta="작품 둘러보기" />
        </div>
      ) : (
        <CheckoutForm cart={cart} coupons={coupons} />
      )}
    </div>
  );
}
