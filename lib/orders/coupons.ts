import "server-only";
import { db } from "@/lib/db";
import { conditionsLabel, discountLabel } from "@/lib/coupons/terms";
import { couponOffer, type CouponOffer, type OfferCoupon, type OfferLine } from "@/lib/orders/coupon-offer";

const couponSelect = {
  id: true,
  expiresAt: true,
  usedAt: true,
  reservedUntil: true,
  event: { select: { title: true, discountType: true, discountValue: true, maxDiscount: true, minOrderAmount: true, atelier: { select: { id: true, name: true } } } },
} as const;

type CouponRow = { expiresAt: Date; usedAt: Date | null; reservedUntil: Date | null; event: OfferCoupon["terms"] & { atelier: OfferCoupon["atelier"] } };

function offerCouponOf(row: CouponRow): OfferCoupon {
  const { atelier, discountType, discountValue, maxDiscount, minOrderAmount } = row.event;
  return { expiresAt: row.expiresAt, usedAt: row.usedAt, reservedUntil: row.reservedUntil, atelier, terms: { discountType, discountValue, maxDiscount, minOrderAmount } };
}

/** A coupon as /checkout lists it: what it is, and whether (and why) it applies to this cart. */
export type CouponChoice = { id: string; title: string; headline: string; conditions: string; expiresAt: string; offer: CouponOffer };

/** The member's coupons not used and not expired, each judged against the cart; usable ones first, biggest discount first. */
export async function couponChoices(memberId: string, lines: OfferLine[], now: Date): Promise<CouponChoice[]> {
  const rows = await db.coupon.findMany({ where: { memberId, usedAt: null, expiresAt: { gt: now } }, select: couponSelect, orderBy: [{ expiresAt: "asc" }, { id: "asc" }] });
  const choices = rows.map((row) => ({
    id: row.id,
    title: row.event.title,
    headline: discountLabel(row.event),
    conditions: conditionsLabel(row.event),
    expiresAt: row.expiresAt.toISOString(),
    offer: couponOffer(offerCouponOf(row), lines, now),
  }));
  const worth = (c: CouponChoice) => (c.offer.applies ? c.offer.discount : -1);
  return choices.sort((a, b) => worth(b) - worth(a));
}

/** One of the member's coupons judged against the cart; null when it is not theirs (or not at all). */
export async function memberCouponOffer(memberId: string, couponId: string, lines: OfferLine[], now: Date): Promise<CouponOffer | null> {
  const row = await db.coupon.findFirst({ where: { id: couponId, memberId }, select: couponSelect });
  return row && couponOffer(offerCouponOf(row), lines, now);
}
