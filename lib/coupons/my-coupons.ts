import "server-only";
import { db } from "@/lib/db";

/** Coupons the member can still use: not used, not expired. */
export async function countUsableCoupons(memberId: string, now = new Date()): Promise<number> {
  return db.coupon.count({ where: { userId: memberId, usedAt: null, expiresAt: { gt: now } } });
}
