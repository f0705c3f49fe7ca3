"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "@/components/toaster";
import { useViewerMember, useViewerStore } from "@/components/viewer/viewer";
import { callApi } from "@/lib/api-client";
import type { Cart } from "@/lib/cart";

type Props = { productId: number; stock: number };

/** What a product page offers at most in one go (the cart allows up to 99 a line). */
const MAX_PICK = 10;

/**
 * 장바구니 담기 and 바로 구매 on a product page (cached for everyone, so who is looking comes from
 * the viewer's state): a bar fixed to the bottom on phones, in the page on wider screens.
 * Signed out, either button goes to login and back to this page. 바로 구매 goes to 주문/결제 for
 * these pieces of this product alone (?buyNow=), leaving the cart as it is.
 */
export function BuyBox({ productId, stock }: Props) {
  const router = useRouter();
  const store = useViewerStore();
  const { member } = useViewerMember();
  const [quantity, setQuantity] = useState(1);
  const [busy, setBusy] = useState(false);
  const soldOut = stock <= 0;
  const most = Math.max(1, Math.min(stock, MAX_PICK));
  const ready = member !== undefined && !busy && !soldOut;

  /** Adds `quantity` to what the cart already holds; true when the cart took it. */
  async function add(): Promise<boolean> {
    const cart = await callApi<Cart>("GET", "/api/cart");
    if (!cart.ok) {
      toast.error(cart.message);
      return false;
    }
    const held = cart.data.items.find((l) => l.productId === productId)?.quantity ?? 0;
    const result = await callApi<Cart>("PUT", `/api/cart/items/${productId}`, { quantity: held + quantity });
    if (!result.ok) {
      toast.error(result.message);
      return false;
    }
    store.recordCart(result.data.items.length);
    return true;
  }

  async function act(then: "stay" | "checkout") {
    if (!ready) return;
    if (!member) {
      const { pathname, search } = window.location;
      return router.push(`/login?callbackUrl=${encodeURIComponent(pathname + search)}`);
    }
    if (then === "checkout") return router.push(`/checkout?buyNow=${productId}&quantity=${quantity}`);
    setBusy(true);
    try {
      if (await add()) toast.success("장바구니에 담았어요.");
    } finally {
      setBusy(false);
    }
  }

  const button = "h-12 flex-1 rounded-xl text-[15px] font-bold transition aria-disabled:cursor-not-allowed aria-disabled:opacity-50";
  return (
    <div className="fixed inset-x-0 bottom-0 z-20 border-t border-stone-200 bg-white/95 px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] backdrop-blur md:static md:border-0 md:bg-transparent md:p-0">
      <div className="mb-3 flex items-center justify-between text-sm">
        <div className="flex items-center gap-2" role="group" aria-label="수량">
          <button type="button" aria-label="수량 줄이기" disabled={quantity <= 1} onClick={() => setQuantity((q) => Math.max(1, q - 1))} className="size-8 rounded-full border border-stone-300 disabled:opacity-40">
            −
          </button>
          <output aria-live="polite" className="w-6 text-center font-semibold tabular-nums">
            {quantity}
          </output>
          <button type="button" aria-label="수량 늘리기" disabled={quantity >= most} onClick={() => setQuantity((q) => Math.min(most, q + 1))} className="size-8 rounded-full border border-stone-300 disabled:opacity-40">
            +
          </button>
        </div>
        <p className={soldOut || stock <= 3 ? "font-semibold text-brand-600" : "text-stone-500"}>{soldOut ? "품절된 작품이에요" : stock <= 3 ? `${stock}개 남았어요` : "재고 있음"}</p>
      </div>
      <div className="flex gap-2">
        <button type="button" aria-disabled={!ready || undefined} aria-busy={member === undefined || busy || undefined} onClick={() => void act("stay")} className={`${button} border border-stone-300 bg-white text-stone-800 hover:bg-stone-50`}>
          장바구니 담기
        </button>
        <button type="button" aria-disabled={!ready || undefined} aria-busy={member === undefined || busy || undefined} onClick={() => void act("checkout")} className={`${button} bg-brand-600 text-white hover:bg-brand-700`}>
          바로 구매
        </button>
      </div>
    </div>
  );
}
