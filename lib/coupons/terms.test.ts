import { describe, expect, it } from "vitest";
import { conditionsLabel, dDayLabel, discountLabel, periodLabel } from "@/lib/coupons/terms";
import { formatDateTime } from "@/lib/format";
import { couponEventSchema, EVENT_LIMITS } from "@/lib/validation/coupon-event";

describe("coupon terms in plain Korean", () => {
  it("says what the coupon takes off and when it applies", () => {
    expect(discountLabel({ discountType: "AMOUNT", discountValue: 5000 })).toBe("5,000원 할인");
    expect(discountLabel({ discountType: "PERCENT", discountValue: 15 })).toBe("15% 할인");
    expect(conditionsLabel({ discountType: "PERCENT", discountValue: 15, maxDiscount: 10000, minOrderAmount: 30000 })).toBe("30,000원 이상 구매 시 · 최대 10,000원 할인");
    expect(conditionsLabel({ discountType: "AMOUNT", discountValue: 1000, maxDiscount: null, minOrderAmount: 0 })).toBe("금액 조건 없음");
  });

  it("says when an event runs: start ~ end, or start ~ its early close", () => {
    const startsAt = new Date("2026-11-24T05:00:00Z");
    const endsAt = new Date("2026-11-30T14:59:00Z");
    const closedAt = new Date("2026-11-25T05:00:00Z");
    expect(periodLabel({ startsAt, endsAt, closedAt: null })).toBe(`${formatDateTime(startsAt)} ~ ${formatDateTime(endsAt)}`);
    expect(periodLabel({ startsAt, endsAt, closedAt })).toBe(`${formatDateTime(startsAt)} ~ ${formatDateTime(closedAt)} (조기 종료)`);
    // Closed before it opened: cancelled, and the period it would have run is what is meant.
    expect(periodLabel({ startsAt, endsAt, closedAt: new Date("2026-11-23T05:00:00Z") })).toBe(`${formatDateTime(startsAt)} ~ ${formatDateTime(endsAt)} (취소)`);
  });

  it("counts D-day in Korea's calendar days", () => {
    const now = new Date("2026-11-24T14:59:00Z"); // 23:59 in Seoul
    expect(dDayLabel(new Date("2026-11-24T15:00:00Z"), now)).toBe("D-1"); // 00:00 the next day in Seoul
    expect(dDayLabel(new Date("2026-11-24T14:59:30Z"), now)).toBe("오늘 만료");
    expect(dDayLabel(new Date("2026-12-01T03:00:00Z"), now)).toBe("D-7");
  });
});

describe("coupon event form rules", () => {
  const base = { title: "연말 쿠폰", discountType: "AMOUNT", discountValue: 5000, minOrderAmount: 30000, totalQuantity: 1000, startsAt: "2026-12-01T14:00:00+09:00", endsAt: "2026-12-03T14:00:00+09:00", validDays: 14 };

  it("accepts a sound event and reads times with their offset", () => {
    const parsed = couponEventSchema(EVENT_LIMITS.marketer).parse(base);
    expect(parsed.startsAt.toISOString()).toBe("2026-12-01T05:00:00.000Z");
    expect(parsed.maxDiscount).toBeNull();
  });

  it("holds owners to smaller limits than marketers", () => {
    expect(couponEventSchema(EVENT_LIMITS.marketer).safeParse({ ...base, totalQuantity: 5000 }).success).toBe(true);
    const owner = couponEventSchema(EVENT_LIMITS.owner).safeParse({ ...base, totalQuantity: 5000 });
    expect(owner.error?.issues[0]).toMatchObject({ path: ["totalQuantity"], message: "발급 수량은 1,000장까지예요." });
  });

  it("refuses a cap on amount discounts and windows that end before they start", () => {
    const result = couponEventSchema(EVENT_LIMITS.marketer).safeParse({ ...base, maxDiscount: 3000, endsAt: base.startsAt });
    expect(result.error?.issues.map((i) => i.path[0]).sort()).toEqual(["endsAt", "maxDiscount"]);
  });
});
