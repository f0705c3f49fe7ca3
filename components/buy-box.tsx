"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useEffectEvent, useState } from "react";
import { toast } from "@/components/toaster";
import { useViewerMember, useViewerStore } from "@/components/viewer/viewer";
import { callApi } from "@/lib/api-client";
import { loginHref } from "@/lib/login-link";
import type { Cart } from "@/lib/cart";
import { savePendingIntent, takePendingCartAdd } from "@/lib/pending-intent";

/** `like`: the product's 찜 toggle, first in the bar, so a phone keeps it in reach with the buttons. */
type Props = { productId: number; stock: number; like: React.ReactNode };

/** What a product page offers at most in one go (the cart allows up to 99 a line). */
const MAX_PICK = 10;

/**
 * 장바구니 담기 and 바로 구매 on a product page (cached for everyone, so who is looking comes from
 * the viewer's state): a bar fixed to the bottom on phones, in the page on wider screens.
 * 바로 구매 goes to 주문/결제 for these pieces of this product alone (?buyNow=), leaving the cart
 * as it is. Signed out, each says why at login and is finished on return: 바로 구매 comes back to
 * that 주문/결제 (a page, which a crafted link can only show), 장바구니 담기 to this page, which
 * then adds the pieces (a write, so kept in this tab's storage, lib/pending-intent.ts).
 */
export function BuyBox({ productId, stock, like }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const store = useViewerStore();
  const { member } = useViewerMember();
  const [quantity, setQuantity] = useState(1);
  const [busy, setBusy] = useState(false);
  const soldOut = stock <= 0;
  const most = Math.max(1, Math.min(stock, MAX_PICK));
  const ready = member !== undefined && !busy && !soldOut;

  /** Adds `pieces` to what the cart already holds, and says how that went. */
  async function add(pieces: number): Promise<void> {
    const cart = await callApi<Cart>("GET", "/api/cart");
    if (!cart.ok) return toast.error(cart.message);
    const held = cart.data.items.find((l) => l.productId === productId)?.quantity ?? 0;
    const result = await callApi<Cart>("PUT", `/api/cart/items/${productId}`, { quantity: held + pieces });
    if (!result.ok) return toast.error(result.message);
    store.recordCart(result.data.items.length);
    toast.success("장바구니에 담았어요.");
  }

  async function act(then: "stay" | "checkout") {
    if (!ready) return;
    const checkout = `/checkout?buyNow=${productId}&quantity=${quantity}`;
    if (!member) {
      if (then === "checkout") return router.push(loginHref(checkout, "buy"));
      savePendingIntent(`cart:${productId}`, pathname, quantity);
      return router.push(loginHref(pathname, "cart"));
    }
    if (then === "checkout") return router.push(checkout);
    setBusy(true);
    try {
      await add(quantity);
    } finally {
      setBusy(false);
    }
  }

  // Back from the login 장바구니 담기 sent the visitor to: the press is finished here, once.
  const finishPending = useEffectEvent(() => {
    const pending = takePendingCartAdd(pathname);
    if (pending?.productId === productId) void add(pending.quantity);
  });
  useEffect(() => {
    if (member && !soldOut) finishPending();
  }, [member, soldOut]);

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
      <div className="flex items-center gap-2">
        {like}
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
