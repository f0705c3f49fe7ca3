"use client";

import { useState } from "react";
import { EmptyState } from "@/components/empty-state";
import { toast } from "@/components/toaster";
import { useViewerStore } from "@/components/viewer/viewer";
import { callApi } from "@/lib/api-client";
import type { Cart, CartLine } from "@/lib/cart";
import { formatWon } from "@/lib/format";

/** Lines of one atelier, in the order they were added. */
function byAtelier(items: CartLine[]): { atelier: CartLine["atelier"]; lines: CartLine[] }[] {
  const groups = new Map<number, { atelier: CartLine["atelier"]; lines: CartLine[] }>();
  for (const line of items) {
    const group = groups.get(line.atelier.id) ?? { atelier: line.atelier, lines: [] };
    group.lines.push(line);
    groups.set(line.atelier.id, group);
  }
  return [...groups.values()];
}

/** The cart, grouped by atelier; every change is the server's answer (prices and stock are its). */
export function CartView({ initial }: { initial: Cart }) {
  const store = useViewerStore();
  const [cart, setCart] = useState(initial);
  const [pending, setPending] = useState<number | null>(null);

  async function setQuantity(productId: number, quantity: number) {
    setPending(productId);
    const result = await callApi<Cart>("PUT", `/api/cart/items/${productId}`, { quantity });
    setPending(null);
    if (!result.ok) return toast.error(result.message);
    setCart(result.data);
    store.recordCart(result.data.items.length);
  }

  if (cart.items.length === 0) return <div className="mt-6"><EmptyState text="장바구니가 비어 있어요." href="/" cta="작품 둘러보기" /></div>;
  return (
    <div className="mt-6 grid gap-8 md:grid-cols-[1fr_18rem]">
      <div className="space-y-6">
        {byAtelier(cart.items).map(({ atelier, lines }) => (
          <section key={atelier.id} aria-labelledby={`atelier-${atelier.id}`} className="rounded-2xl border border-stone-200">
            <h2 id={`atelier-${atelier.id}`} className="border-b border-stone-200 px-4 py-3 text-sm font-bold">
              <a href={`/ateliers/${atelier.id}`} className="hover:underline">{atelier.name}</a>
            </h2>
            <ul className="divide-y divide-stone-100">
              {lines.map((line) => (
                <li key={line.productId} className="flex gap-3 p-4" aria-busy={pending === line.productId || undefined}>
                  {/* eslint-disable-next-line @next/next/no-img-element -- locally generated SVG */}
                  <img src={line.image} alt="" width={72} height={72} className="size-18 shrink-0 rounded-lg bg-stone-100 object-cover" />
                  <div className="min-w-0 flex-1">
                    <a href={`/products/${line.productId}`} className="line-clamp-2 text-sm font-medium hover:underline">{line.title}</a>
                    <p className="mt-1 text-xs text-stone-500">{formatWon(line.unitPrice)}</p>
                    <div className="mt-2 flex items-center gap-2" role="group" aria-label={`${line.title} 수량`}>
                      <button type="button" aria-label="수량 줄이기" disabled={line.quantity <= 1 || pending !== null} onClick={() => void setQuantity(line.productId, line.quantity - 1)} className="size-7 rounded-full border border-stone-300 disabled:opacity-40">−</button>
                      <output className="w-6 text-center text-sm font-semibold tabular-nums">{line.quantity}</output>
                      <button type="button" aria-label="수량 늘리기" disabled={pending !== null} onClick={() => void setQuantity(line.productId, line.quantity + 1)} className="size-7 rounded-full border border-stone-300 disabled:opacity-40">+</button>
                      <button type="button" aria-label={`${line.title} 삭제`} disabled={pending !== null} onClick={() => void setQuantity(line.productId, 0)} className="ml-auto text-xs text-stone-500 underline hover:text-stone-800">삭제</button>
                    </div>
                  </div>
                  <p className="shrink-0 text-sm font-bold tabular-nums">{formatWon(line.unitPrice * line.quantity)}</p>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <aside aria-label="결제 예정 금액" className="h-fit rounded-2xl bg-stone-50 p-5 md:sticky md:top-28">
        <dl className="flex justify-between text-sm">
          <dt>상품 금액</dt>
          <dd className="font-semibold tabular-nums">{formatWon(cart.subtotal)}</dd>
        </dl>
        <p className="mt-2 text-xs text-stone-500">쿠폰은 주문/결제 단계에서 고를 수 있어요.</p>
        <a href="/checkout" className="mt-5 block rounded-xl bg-brand-600 py-3 text-center font-bold text-white hover:bg-brand-700">주문하기</a>
      </aside>
    </div>
  );
}
