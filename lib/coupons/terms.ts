// Coupon terms in plain Korean. Pure: used by server pages, client components and mail.
import { formatDateTime, formatKRW } from "@/lib/format";

export type CouponTerms = {
  discountType: "AMOUNT" | "PERCENT";
  discountValue: number;
  maxDiscount: number | null;
  minOrderAmount: number;
};

/** "5,000원 할인" / "15% 할인" — the headline of a coupon. */
export function discountLabel(t: Pick<CouponTerms, "discountType" | "discountValue">): string {
  return t.discountType === "AMOUNT" ? `${formatKRW(t.discountValue)} 할인` : `${t.discountValue}% 할인`;
}

/** "30,000원 이상 구매 시 · 최대 10,000원" — the conditions under the headline. */
export function conditionsLabel(t: CouponTerms): string {
  const parts = [t.minOrderAmount > 0 ? `${formatKRW(t.minOrderAmount)} 이상 구매 시` : "금액 조건 없음"];
  if (t.discountType === "PERCENT" && t.maxDiscount) parts.push(`최대 ${formatKRW(t.maxDiscount)} 할인`);
  return parts.join(" · ");
}

/** "2026. 11. 24. 14:00 ~ 2026. 11. 30. 23:59 (조기 종료)" — when an event runs, up to its early close if it had one. */
export function periodLabel(e: { startsAt: Date; endsAt: Date; closedAt: Date | null }): string {
  return `${formatDateTime(e.startsAt)} ~ ${formatDateTime(e.closedAt ?? e.endsAt)}${e.closedAt ? " (조기 종료)" : ""}`;
}

const seoulDay = (t: number) => Math.floor((t + 9 * 3_600_000) / 86_400_000);

/** "D-3", "오늘 만료" — days left until the expiry, counted in Korea's calendar days. */
export function dDayLabel(expiresAt: Date, now: Date): string {
  const days = seoulDay(expiresAt.getTime()) - seoulDay(now.getTime());
  return days <= 0 ? "오늘 만료" : `D-${days}`;
}
