import type { Metadata } from "next";
import { CheckoutForm } from "@/app/checkout/checkout-form";
import { EmptyState } from "@/components/empty-state";
import { requireSignedInMemberPage } from "@/lib/auth/signed-in-member";
import { checkoutSummary } from "@/lib/orders/list";
import { buyNowOf } from "@/lib/validation/orders";

export const metadata: Metadata = { title: "주문/결제", robots: { index: false } };

type Search = { buyNow?: string; quantity?: string };

/** 주문/결제 of the cart, or with ?buyNow={productId}&quantity={n} (바로 구매) of that product alone. */
export default async function CheckoutPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const buyNow = buyNowOf(search.buyNow, search.quantity);
  const member = await requireSignedInMemberPage(buyNow ? `/checkout?${new URLSearchParams({ buyNow: String(buyNow.productId), quantity: String(buyNow.quantity) })}` : "/checkout");
  const { cart, coupons } = await checkoutSummary(member.id, buyNow);
  return (
    <div className="mx-auto max-w-4xl px-4 pt-8 pb-16">
      <h1 className="text-2xl font-bold">주문/결제</h1>
      {cart.items.length === 0 ? (
        <div className="mt-6">
          <EmptyState text="주문할 작품이 없어요. 장바구니에 먼저 담아 주세요." href="/" cta="작품 둘러보기" />
        </div>
      ) : (
        <CheckoutForm cart={cart} coupons={coupons} buyNow={buyNow} />
      )}
    </div>
  );
}
