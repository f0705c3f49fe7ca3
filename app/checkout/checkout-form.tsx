"use client";

import { useState } from "react";
import { callApi } from "@/lib/api-client";
import type { Cart } from "@/lib/cart";
import { formatDate, formatWon } from "@/lib/format";
import type { CouponChoice } from "@/lib/orders/coupons";
import type { PlacedOrder } from "@/lib/orders/place";

const NONE = "none";

/**
 * The order's items, a 쿠폰 radio group (each coupon says why it does or does not apply to this
 * cart), and the breakdown. The amounts shown are the server's judgement of this cart; placing
 * the order computes them again, and 결제하기 goes on to the payment window. With `buyNow` the
 * order is that product alone (바로 구매), else the cart.
 */
type Props = { cart: Cart; coupons: CouponChoice[]; buyNow: { productId: number; quantity: number } | null };

export function CheckoutForm({ cart, coupons, buyNow }: Props) {
  const best = coupons.find((c) => c.offer.applies);
  const [chosen, setChosen] = useState(best?.id ?? NONE);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const coupon = coupons.find((c) => c.id === chosen);
  const discount = coupon?.offer.applies ? coupon.offer.discount : 0;

  async function pay() {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await callApi<PlacedOrder>("POST", "/api/orders", { ...buyNow, couponId: chosen === NONE ? null : chosen });
    if (!result.ok) {
      setBusy(false);
      return setError(result.message);
    }
    window.location.assign(result.data.payment.url);
  }

  return (
    <div className="mt-6 grid gap-8 md:grid-cols-[1fr_18rem]">
      <div className="space-y-8">
        <section aria-labelledby="items-title">
          <h2 id="items-title" className="text-lg font-bold">주문 작품</h2>
          <ul className="mt-3 divide-y divide-stone-100 rounded-2xl border border-stone-200">
            {cart.items.map((line) => (
              <li key={line.productId} className="flex items-center gap-3 p-3 text-sm">
                {/* eslint-disable-next-line @next/next/no-img-element -- locally generated SVG */}
                <img src={line.image} alt="" width={48} height={48} className="size-12 rounded-lg bg-stone-100" />
                <div className="min-w-0 flex-1">
                  <p className="truncate font-medium">{line.title}</p>
                  <p className="text-xs text-stone-500">{line.atelier.name} · {line.quantity}개</p>
                </div>
                <p className="font-semibold tabular-nums">{formatWon(line.unitPrice * line.quantity)}</p>
              </li>
            ))}
          </ul>
        </section>
        <fieldset>
          <legend className="text-lg font-bold">쿠폰</legend>
          <div className="mt-3 space-y-2">
            <label className="flex cursor-pointer items-center gap-3 rounded-xl border border-stone-200 p-3 text-sm has-checked:border-brand-500">
              <input type="radio" name="coupon" value={NONE} checked={chosen === NONE} onChange={() => setChosen(NONE)} className="accent-brand-600" />
              쿠폰 사용 안 함
            </label>
            {coupons.map((c) => (
              <label key={c.id} className={`flex items-start gap-3 rounded-xl border border-stone-200 p-3 text-sm has-checked:border-brand-500 ${c.offer.applies ? "cursor-pointer" : "opacity-60"}`}>
                <input type="radio" name="coupon" value={c.id} checked={chosen === c.id} disabled={!c.offer.applies} onChange={() => setChosen(c.id)} aria-describedby={`coupon-${c.id}-why`} className="mt-1 accent-brand-600" />
                <span className="min-w-0 flex-1">
                  <span className="block font-semibold">
                    {c.headline} · {c.title}
                  </span>
                  <span className="block text-xs text-stone-500">
                    {c.conditions} · {formatDate(new Date(c.expiresAt))}까지
                  </span>
                  <span id={`coupon-${c.id}-why`} className={`mt-1 block text-xs ${c.offer.applies ? "text-brand-700" : "text-stone-600"}`}>
                    {c.offer.applies ? `${formatWon(c.offer.discount)} 할인 · ${c.offer.reason}` : `사용 불가 · ${c.offer.reason}`}
                  </span>
                </span>
              </label>
            ))}
            {coupons.length === 0 && <p className="text-sm text-stone-500">쓸 수 있는 쿠폰이 없어요.</p>}
          </div>
        </fieldset>
      </div>
      <aside aria-labelledby="total-title" className="h-fit rounded-2xl bg-stone-50 p-5 md:sticky md:top-28">
        <h2 id="total-title" className="text-lg font-bold">결제 금액</h2>
        <dl className="mt-3 grid grid-cols-[1fr_auto] gap-y-2 text-sm">
          <dt>상품 금액</dt>
          <dd className="text-right tabular-nums">{formatWon(cart.subtotal)}</dd>
          <dt>쿠폰 할인</dt>
          <dd className="text-right tabular-nums text-brand-700">{discount > 0 ? `-${formatWon(discount)}` : formatWon(0)}</dd>
          <dt className="border-t border-stone-200 pt-2 font-bold">결제 금액</dt>
          <dd className="border-t border-stone-200 pt-2 text-right text-lg font-extrabold tabular-nums">{formatWon(cart.subtotal - discount)}</dd>
        </dl>
        {error && (
          <p role="alert" className="mt-3 rounded-lg bg-red-50 p-3 text-sm text-red-700">
            {error}
          </p>
        )}
        <button type="button" onClick={() => void pay()} aria-busy={busy || undefined} className="mt-5 w-full rounded-xl bg-brand-600 py-3 font-bold text-white hover:bg-brand-700 aria-busy:opacity-60">
          결제하기
        </button>
        <p className="mt-2 text-center text-xs text-stone-500">토스페이먼츠 결제창으로 이동해요.</p>
      </aside>
    </div>
  );
}
