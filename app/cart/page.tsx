import type { Metadata } from "next";
import { CartView } from "@/app/cart/cart-view";
import { requireSignedInMemberPage } from "@/lib/auth/signed-in-member";
import { getCart } from "@/lib/cart";

export const metadata: Metadata = { title: "장바구니", robots: { index: false } };

export default async function CartPage() {
  const member = await requireSignedInMemberPage("/cart");
  const cart = await getCart(member.id);
  return (
    <div className="mx-auto max-w-4xl px-4 pt-8 pb-16">
      <h1 className="text-2xl font-bold">장바구니</h1>
      <CartView initial={cart} />
    </div>
  );
}
