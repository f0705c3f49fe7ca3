// Whether a coupon applies to a cart, and for how much: one rule for the checkout page's coupon
// list (each coupon says why it does or does not apply) and for placing the order. Pure.
import { formatWon } from "@/lib/format";
import type { CouponTerms } from "@/lib/coupons/terms";

export type OfferCoupon = {
  expiresAt: Date;
  usedAt: Date | null;
  reservedUntil: Date | null;
  terms: CouponTerms;
  /** A follower-only coupon of this atelier: it discounts that atelier's products only. */
  atelier: { id: number; name: string } | null;
};

export type OfferLine = { atelierId: number; unitPrice: number; quantity: number };

/** Why a coupon cannot be used on this cart; `used` and `held` are about the coupon, not the cart. */
export type Refusal = "used" | "held" | "expired" | "atelier" | "minimum";

export type CouponOffer = { applies: true; discount: number; reason: string } | { applies: false; refusal: Refusal; reason: string };

/**
 * The least an order with a coupon leaves to pay: Toss takes no 0원 payment, so a coupon worth
 * the whole order is capped to leave this much (and says so) instead of making an order nobody
 * can pay.
 */
const MIN_PAYMENT = 100;

/**
 * The discount a coupon gives this cart at `now`. The amount it counts is the whole cart, or for
 * a follower-only coupon only its atelier's lines; the minimum order is met by that amount; a
 * percentage is rounded down and capped by `maxDiscount`; a discount never exceeds the amount,
 * and always leaves MIN_PAYMENT of the whole cart to pay.
 */
export function couponOffer(coupon: OfferCoupon, lines: OfferLine[], now: Date): CouponOffer {
  const refuse = (refusal: Refusal, reason: string): CouponOffer => ({ applies: false, refusal, reason });
  if (coupon.usedAt) return refuse("used", "이미 사용한 쿠폰이에요.");
  if (coupon.expiresAt <= now) return refuse("expired", "사용 기간이 지난 쿠폰이에요.");
  if (coupon.reservedUntil && coupon.reservedUntil > now) return refuse("held", "결제 중인 다른 주문에 쓰이고 있어요.");
  const { atelier, terms } = coupon;
  const counted = lines.filter((l) => !atelier || l.atelierId === atelier.id);
  const amount = counted.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0);
  if (atelier && amount === 0) return refuse("atelier", `${atelier.name} 작품에만 쓸 수 있는 팔로워 쿠폰이에요.`);
  const basis = atelier ? `${atelier.name} 작품 ` : "";
  if (amount < terms.minOrderAmount) {
    return refuse("minimum", `${basis}${formatWon(terms.minOrderAmount)} 이상 구매 시 쓸 수 있어요. ${formatWon(terms.minOrderAmount - amount)} 더 담으면 돼요.`);
  }
  const subtotal = lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0);
  const most = Math.max(0, subtotal - MIN_PAYMENT);
  const leaveMinimum = (wanted: number, reason: string): CouponOffer => {
    const discount = Math.min(wanted, amount);
    if (discount <= most) return { applies: true, discount, reason };
    return { applies: true, discount: most, reason: `결제 금액은 최소 ${formatWon(MIN_PAYMENT)}이라 ${formatWon(most)}까지 할인돼요.` };
  };
  if (terms.discountType === "AMOUNT") {
    return leaveMinimum(terms.discountValue, atelier ? `${basis}${formatWon(amount)}에 적용돼요.` : "이 주문에 쓸 수 있어요.");
  }
  const raw = Math.floor((amount * terms.discountValue) / 100);
  const capped = terms.maxDiscount !== null && raw > terms.maxDiscount;
  const reason = capped ? `${terms.discountValue}% 할인은 최대 ${formatWon(terms.maxDiscount!)}까지 적용돼요.` : `${basis}${formatWon(amount)}의 ${terms.discountValue}%가 할인돼요.`;
  return leaveMinimum(capped ? terms.maxDiscount! : raw, reason);
}
