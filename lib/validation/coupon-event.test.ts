import { describe, expect, it } from "vitest";
import { couponEventSchema, EVENT_LIMITS } from "./coupon-event";

const valid = {
  title: "가을맞이 할인",
  discountType: "AMOUNT",
  discountValue: 3000,
  minOrderAmount: 20000,
  totalQuantity: 100,
  startsAt: "2026-12-01T10:00:00+09:00",
  endsAt: "2026-12-02T10:00:00+09:00",
  validDays: 7,
};

function messages(body: Record<string, unknown>): string[] {
  const result = couponEventSchema(EVENT_LIMITS.marketer).safeParse(body);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("couponEventSchema messages", () => {
  it("accepts a valid event", () => expect(messages(valid)).toEqual([]));

  it("resolves each particle to its word (을/를, 은/는), never 을(를)", () => {
    expect(messages({ ...valid, totalQuantity: "많이" })).toEqual(["발급 수량을 숫자로 입력해 주세요."]);
    expect(messages({ ...valid, validDays: 1.5 })).toEqual(["사용 기간은 정수여야 해요."]);
    expect(messages({ ...valid, startsAt: "" })).toEqual(["시작 시각을 입력해 주세요."]);
    expect(messages({ ...valid, minOrderAmount: "x" })).toEqual(["최소 주문 금액을 숫자로 입력해 주세요."]);
  });

  it("names the discount field as the form labels it (할인 금액 or 할인율), not 할인 값", () => {
    expect(messages({ ...valid, discountValue: 0 })).toEqual(["할인 금액이나 할인율은 1 이상이어야 해요."]);
    expect(messages({ ...valid, discountValue: "x" })).toEqual(["할인 금액이나 할인율을 숫자로 입력해 주세요."]);
  });
});
