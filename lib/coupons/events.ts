import "server-only";
import { db } from "@/lib/db";

/** The event the home page features: the one open now, else the next to open. Public events only. */
export async function getFeaturedEvent(now = new Date()) {
  const open = await db.couponEvent.findFirst({
    where: { atelierId: null, closedAt: null, startsAt: { lte: now }, endsAt: { gt: now } },
    orderBy: { startsAt: "desc" },
  });
  if (open) return { event: open, isOpen: true as const };
  const next = await db.couponEvent.findFirst({
    where: { atelierId: null, closedAt: null, startsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
  });
  return next ? { event: next, isOpen: false as const } : null;
}
