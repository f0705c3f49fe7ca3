import "server-only";
import { pageOf, type Cursor, type Page } from "@/lib/cursor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type CouponState = "usable" | "used" | "expired";

/**
 * One coupon's own status: USABLE, RESERVED (held by an order waiting for payment; usable again
 * if that order fails or its hold lapses), USED, EXPIRED. The "usable" list holds the first two.
 */
export type CouponStatus = "USABLE" | "RESERVED" | "USED" | "EXPIRED";

export function couponStatus(c: { usedAt: Date | null; expiresAt: Date; reservedUntil: Date | null }, now: Date): CouponStatus {
  if (c.usedAt) return "USED";
  if (c.expiresAt <= now) return "EXPIRED";
  return c.reservedUntil && c.reservedUntil > now ? "RESERVED" : "USABLE";
}

export type MyCoupon = {
  id: string;
  state: CouponState;
  status: CouponStatus;
  issuedAt: string;
  expiresAt: string;
  usedAt: string | null;
  seq: number;
  event: { id: number; title: string; discountType: "AMOUNT" | "PERCENT"; discountValue: number; maxDiscount: number | null; minOrderAmount: number; atelierName: string | null };
};

/** Which coupons are in each state at `now`. Usable: not used, not expired. */
function stateWhere(state: CouponState, now: Date): Prisma.CouponWhereInput {
  if (state === "usable") return { usedAt: null, expiresAt: { gt: now } };
  return state === "used" ? { usedAt: { not: null } } : { usedAt: null, expiresAt: { lte: now } };
}

export async function countUsableCoupons(memberId: string, now = new Date()): Promise<number> {
  return db.coupon.count({ where: { memberId: memberId, ...stateWhere("usable", now) } });
}

const ORDER: Record<CouponState, { field: "expiresAt" | "usedAt"; dir: "asc" | "desc" }> = {
  usable: { field: "expiresAt", dir: "asc" }, // the one expiring soonest first
  used: { field: "usedAt", dir: "desc" },
  expired: { field: "expiresAt", dir: "desc" },
};

/** 내 쿠폰 of one state, in the order that state is read (usable: expiring soonest first). */
export async function listMyCoupons(memberId: string, state: CouponState, after: Cursor | undefined, now = new Date(), take = 20): Promise<Page<MyCoupon>> {
  const { field, dir } = ORDER[state];
  const beyond = dir === "asc" ? "gt" : "lt";
  const rows = await db.coupon.findMany({
    where: {
      memberId: memberId,
      ...stateWhere(state, now),
      ...(after ? { OR: [{ [field]: { [beyond]: after.at } }, { [field]: after.at, id: { [beyond]: after.id } }] } : {}),
    },
    orderBy: [{ [field]: dir }, { id: dir }],
    take: take + 1,
    include: { event: { select: { id: true, title: true, discountType: true, discountValue: true, maxDiscount: true, minOrderAmount: true, atelier: { select: { name: true } } } } },
  });
  return pageOf(
    rows,
    take,
    ({ event: { atelier, ...terms }, ...c }): MyCoupon => ({
      id: c.id,
      state,
      status: couponStatus(c, now),
      seq: c.seq,
      issuedAt: c.issuedAt.toISOString(),
      expiresAt: c.expiresAt.toISOString(),
      usedAt: c.usedAt?.toISOString() ?? null,
      event: { ...terms, atelierName: atelier?.name ?? null },
    }),
    (c) => {
      const at = field === "usedAt" ? c.usedAt : c.expiresAt;
      return at && { at, id: c.id };
    },
  );
}
