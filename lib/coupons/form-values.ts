import "server-only";
import { eventJson } from "@/lib/coupons/events";
import type { CouponEvent } from "@/lib/generated/prisma/client";
import type { EventFormValues } from "@/lib/validation/coupon-event";

const HOUR = 3_600_000;

/**
 * A new event's starting values, computed here rather than in the browser so the server render
 * and hydration agree: opens at the next full hour (Korea has no DST and a whole-hour offset),
 * runs three days.
 */
export function newEventValues(now = Date.now()): EventFormValues {
  const start = Math.floor(now / HOUR) * HOUR + HOUR;
  return {
    title: "",
    description: "",
    bannerImage: null,
    discountType: "AMOUNT",
    discountValue: null,
    maxDiscount: null,
    minOrderAmount: 0,
    totalQuantity: 100,
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 72 * HOUR).toISOString(),
    validDays: 14,
  };
}

export function savedEventValues(e: CouponEvent): EventFormValues {
  const { id: _id, closedAt: _closedAt, atelierId: _atelierId, ...values } = eventJson(e);
  return values;
}
