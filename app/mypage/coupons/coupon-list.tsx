"use client";

import { LoadMoreList } from "@/app/mypage/load-more";
import type { MyCoupon } from "@/lib/coupons/my-coupons";
import { conditionsLabel, dDayLabel, discountLabel } from "@/lib/coupons/terms";
import type { Page } from "@/lib/cursor";
import { formatDate } from "@/lib/format";

const STATUS_BADGE = { USABLE: "사용 가능", RESERVED: "사용 중", USED: "사용 완료", EXPIRED: "만료" } as const;

/** Coupons as tickets: the discount, its conditions in plain Korean, and how long it lasts. */
export function CouponList({ first, state, empty, now }: { first: Page<MyCoupon>; state: MyCoupon["state"]; empty: React.ReactNode; now: string }) {
  return (
    <LoadMoreList
      first={first}
      empty={empty}
      endpoint={`/api/me/coupons?state=${state}`}
      className="grid grid-cols-1 gap-3 sm:grid-cols-2"
      render={(coupon) => (
        <article className={`flex overflow-hidden rounded-2xl border ${coupon.state === "usable" ? "border-brand-200 bg-brand-50" : "border-stone-200 bg-stone-50 text-stone-500"}`}>
          <div className="min-w-0 flex-1 p-5">
            <p className="truncate text-xs">{coupon.event.atelierName ? `${coupon.event.atelierName} 팔로워 쿠폰` : coupon.event.title}</p>
            <h3 className={`mt-1 text-2xl font-extrabold ${coupon.state === "usable" ? "text-brand-700" : ""}`}>{discountLabel(coupon.event)}</h3>
            <p className="mt-1 text-sm">{conditionsLabel(coupon.event)}</p>
            <p className="mt-2 text-xs">
              {formatDate(new Date(coupon.expiresAt))}까지 · 선착순 {coupon.seq}번째
            </p>
          </div>
          <div className="flex w-24 shrink-0 items-center justify-center border-l-2 border-dashed border-current/20 text-center text-sm font-bold">
            <p>
              {STATUS_BADGE[coupon.status]}
              {coupon.status === "USABLE" && <span className="mt-1 block text-xs font-semibold">{dDayLabel(new Date(coupon.expiresAt), new Date(now))}</span>}
            </p>
          </div>
        </article>
      )}
    />
  );
}
