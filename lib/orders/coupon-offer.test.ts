import { describe, expect, it } from "vitest";
import { couponOffer, type OfferCoupon } from "@/lib/orders/coupon-offer";

const now = new Date("2026-12-01T12:00:00Z");
const later = new Date("2026-12-08T12:00:00Z");
const coupon = (over: Omit<Partial<OfferCoupon>, "terms"> & { terms?: Partial<OfferCoupon["terms"]> } = {}): OfferCoupon => ({
  expiresAt: later,
  usedAt: null,
  reservedUntil: null,
  atelier: null,
  ...over,
  terms: { discountType: "AMOUNT", discountValue: 3_000, maxDiscount: null, minOrderAmount: 10_000, ...over.terms },
});
const cart = [
  { atelierId: 1, unitPrice: 12_000, quantity: 2 },
  { atelierId: 2, unitPrice: 8_000, quantity: 1 },
];

describe("couponOffer", () => {
  it("takes an amount off a cart that meets the minimum, never more than the amount", () => {
    expect(couponOffer(coupon(), cart, now)).toMatchObject({ applies: true, discount: 3_000 });
    const follower = coupon({ atelier: { id: 2, name: "흙공방" }, terms: { discountValue: 50_000, minOrderAmount: 0 } });
    expect(couponOffer(follower, cart, now)).toMatchObject({ applies: true, discount: 8_000 });
  });

  it("never makes a 0원 order: a coupon worth the whole cart leaves 100원 to pay, and says so", () => {
    expect(couponOffer(coupon({ terms: { discountValue: 50_000, minOrderAmount: 0 } }), cart, now)).toEqual({ applies: true, discount: 31_900, reason: "결제 금액은 최소 100원이라 31,900원까지 할인돼요." });
    const everything = couponOffer(coupon({ terms: { discountType: "PERCENT", discountValue: 100, minOrderAmount: 0 } }), cart, now);
    expect(everything).toEqual({ applies: true, discount: 31_900, reason: "결제 금액은 최소 100원이라 31,900원까지 할인돼요." });
    expect(couponOffer(coupon({ terms: { discountValue: 31_900, minOrderAmount: 0 } }), cart, now)).toMatchObject({ discount: 31_900, reason: "이 주문에 쓸 수 있어요." });
    // A follower coupon's whole atelier share is fine while the rest of the cart is paid.
    const follower = coupon({ atelier: { id: 2, name: "흙공방" }, terms: { discountType: "PERCENT", discountValue: 100, minOrderAmount: 0 } });
    expect(couponOffer(follower, cart, now)).toMatchObject({ discount: 8_000 });
    expect(couponOffer(follower, [cart[1]!], now)).toMatchObject({ discount: 7_900 });
  });

  it("refuses below the minimum order and says how much is missing", () => {
    const offer = couponOffer(coupon({ terms: { minOrderAmount: 40_000 } }), cart, now);
    expect(offer).toEqual({ applies: false, refusal: "minimum", reason: "40,000원 이상 구매 시 쓸 수 있어요. 8,000원 더 담으면 돼요." });
  });

  it("rounds a percentage down and caps it at maxDiscount, saying so", () => {
    expect(couponOffer(coupon({ terms: { discountType: "PERCENT", discountValue: 15, minOrderAmount: 0 } }), [{ atelierId: 1, unitPrice: 9_999, quantity: 1 }], now)).toMatchObject({ applies: true, discount: 1_499 });
    const capped = couponOffer(coupon({ terms: { discountType: "PERCENT", discountValue: 20, maxDiscount: 5_000 } }), cart, now);
    expect(capped).toEqual({ applies: true, discount: 5_000, reason: "20% 할인은 최대 5,000원까지 적용돼요." });
  });

  it("counts only the atelier's own products for a follower coupon, and refuses a cart without any", () => {
    const follower = coupon({ atelier: { id: 2, name: "흙공방" }, terms: { discountType: "PERCENT", discountValue: 10, minOrderAmount: 5_000 } });
    expect(couponOffer(follower, cart, now)).toMatchObject({ applies: true, discount: 800 });
    expect(couponOffer(follower, [cart[0]!], now)).toEqual({ applies: false, refusal: "atelier", reason: "흙공방 작품에만 쓸 수 있는 팔로워 쿠폰이에요." });
    const minimum = couponOffer({ ...follower, terms: { ...follower.terms, minOrderAmount: 10_000 } }, cart, now);
    expect(minimum).toMatchObject({ applies: false, refusal: "minimum", reason: expect.stringContaining("흙공방 작품 10,000원 이상") });
  });

  it("refuses a used, expired (at the second) or held coupon; a lapsed hold is free again", () => {
    expect(couponOffer(coupon({ usedAt: now }), cart, now)).toMatchObject({ applies: false, refusal: "used" });
    expect(couponOffer(coupon({ expiresAt: now }), cart, now)).toMatchObject({ applies: false, refusal: "expired" });
    expect(couponOffer(coupon({ reservedUntil: new Date(now.getTime() + 1) }), cart, now)).toMatchObject({ applies: false, refusal: "held" });
    expect(couponOffer(coupon({ reservedUntil: now }), cart, now)).toMatchObject({ applies: true });
  });
});
