// Coupon terms in plain Korean. Pure: used by server pages, client components and mail.
import { wasCanceled } from "@/lib/coupons/phase";
import { formatDateTime, formatWon } from "@/lib/format";

export type CouponTerms = {
  discountType: "AMOUNT" | "PERCENT";
  discountValue: number;
  maxDiscount: number | null;
  minOrderAmount: number;
};

/** "5,000원" / "15%" — what a coupon takes off, as a ticket prints it large. */
export function discountAmount(t: Pick<CouponTerms, "discountType" | "discountValue">): string {
  return t.discountType === "AMOUNT" ? formatWon(t.discountValue) : `${t.discountValue}%`;
}

/** "5,000원 할인" / "15% 할인" — the headline of a coupon. */
export function discountLabel(t: Pick<CouponTerms, "discountType" | "discountValue">): string {
  return `${discountAmount(t)} 할인`;
}

/** "30,000원 이상 구매 시 · 최대 10,000원 할인" — the conditions under the headline. */
export function conditionsLabel(t: CouponTerms): string {
  const parts = [t.minOrderAmount > 0 ? `${formatWon(t.minOrderAmount)} 이상 구매 시` : "금액 조건 없음"];
  if (t.discountType === "PERCENT" && t.maxDiscount) parts.push(`최대 ${formatWon(t.maxDiscount)} 할인`);
  return parts.join(" · ");
}

/** "11월 24일 (화) 14:00 ~ 11월 30일 (월) 23:59 (조기 종료)" — when an event runs, up to its early close if it had one. */
export function periodLabel(e: { startsAt: Date; endsAt: Date; closedAt: Date | null }): string {
  if (wasCanceled(e)) return `${formatDateTime(e.startsAt)} ~ ${formatDateTime(e.endsAt)} (취소)`;
  return `${formatDateTime(e.startsAt)} ~ ${formatDateTime(e.closedAt ?? e.endsAt)}${e.closedAt ? " (조기 종료)" : ""}`;
}

const seoulDay = (t: number) => Math.floor((t + 9 * 3_600_000) / 86_400_000);

/** "D-3", "오늘 만료" — days left until the expiry, counted in Korea's calendar days. */
export function dDayLabel(expiresAt: Date, now: Date): string {
  const days = seoulDay(expiresAt.getTime()) - seoulDay(now.getTime());
  return days <= 0 ? "오늘 만료" : `D-${days}`;
}
