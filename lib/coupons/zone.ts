import "server-only";
import { phaseOfRow, type EventPhase } from "@/lib/coupons/phase";
import { db } from "@/lib/db";

/** How long an ended event stays in 쿠폰존's 최근 종료. */
const RECENT_MS = 14 * 24 * 3_600_000;
/** Every open event a shopper may want fits; the other sections show the nearest ones. */
const LIMITS = { open: 48, upcoming: 24, ended: 12 };

/** An event as 쿠폰존, the home banner and the "what next" list show it. */
export type ZoneEvent = {
  id: number;
  title: string;
  bannerImage: string | null;
  discountType: "AMOUNT" | "PERCENT";
  discountValue: number;
  maxDiscount: number | null;
  minOrderAmount: number;
  totalQuantity: number;
  remaining: number;
  startsAt: Date;
  endsAt: Date;
  closedAt: Date | null;
  phase: EventPhase;
  /** Set for a follower-only event. */
  atelier: { id: number; name: string } | null;
};

/** 진행 중 (open and not sold out), 오픈 예정, 최근 종료 (sold out, closed or ended). */
export type Zone = { open: ZoneEvent[]; upcoming: ZoneEvent[]; ended: ZoneEvent[] };

/**
 * 쿠폰존's events at `now`: everyone's and ateliers' follower-only ones, each placed by its phase
 * (lib/coupons/phase.ts, from PostgreSQL's issued count, the record of what was promised).
 * Open ones newest first, upcoming ones opening soonest first, ended ones most recently ended
 * first (a sold-out one at its last coupon). Cancelled events never ran and are left out.
 */
export async function listEventsForZone(now = new Date()): Promise<Zone> {
  const rows = await db.couponEvent.findMany({
    // An event closed early has ended at its closedAt ≤ endsAt, so this takes in every recent one.
    where: { endsAt: { gt: new Date(now.getTime() - RECENT_MS) } },
    orderBy: { startsAt: "asc" },
    take: 500,
    select: {
      id: true, title: true, bannerImage: true, discountType: true, discountValue: true, maxDiscount: true, minOrderAmount: true,
      totalQuantity: true, startsAt: true, endsAt: true, closedAt: true,
      atelier: { select: { id: true, name: true } },
      _count: { select: { coupons: true } },
    },
  });
  const zone: Zone = { open: [], upcoming: [], ended: [] };
  for (const { _count, ...row } of rows) {
    const phase = phaseOfRow(row, _count.coupons, now.getTime());
    const event: ZoneEvent = { ...row, phase, remaining: Math.max(0, row.totalQuantity - _count.coupons) };
    if (phase === "OPEN") zone.open.push(event);
    else if (phase === "SCHEDULED") zone.upcoming.push(event);
    // An event closed early ended at its closedAt: one closed long ago leaves 최근 종료 too.
    else if (phase !== "CANCELED" && (row.closedAt ?? row.endsAt).getTime() > now.getTime() - RECENT_MS) zone.ended.push(event);
  }
  zone.open.reverse();
  const endedAt = await endTimes(zone.ended);
  zone.ended.sort((a, b) => endedAt(b) - endedAt(a));
  return { open: zone.open.slice(0, LIMITS.open), upcoming: zone.upcoming.slice(0, LIMITS.upcoming), ended: zone.ended.slice(0, LIMITS.ended) };
}

/** When each ended event stopped: its early close, its last coupon if it sold out, else its end. */
async function endTimes(ended: ZoneEvent[]): Promise<(e: ZoneEvent) => number> {
  const soldOut = ended.filter((e) => e.phase === "SOLD_OUT").map((e) => e.id);
  const last = soldOut.length ? await db.coupon.groupBy({ by: ["eventId"], where: { eventId: { in: soldOut } }, _max: { issuedAt: true } }) : [];
  const lastIssued = new Map(last.map((row) => [row.eventId, row._max.issuedAt?.getTime()]));
  return (e) => lastIssued.get(e.id) ?? (e.closedAt ?? e.endsAt).getTime();
}

/**
 * The home banner's event: one a shopper can still act on, for everyone (not follower-only):
 * the open one closing soonest, else the next to open. Never a sold-out, ended or cancelled one.
 */
export function bannerEvent(zone: Zone): ZoneEvent | null {
  const forEveryone = (e: ZoneEvent) => e.atelier === null;
  const closingSoonest = zone.open.filter(forEveryone).reduce<ZoneEvent | null>((best, e) => (best && best.endsAt <= e.endsAt ? best : e), null);
  return closingSoonest ?? zone.upcoming.find(forEveryone) ?? null;
}

/** What a sold-out, ended or cancelled event's page points to: open ones, then upcoming ones, not itself. */
export function nextEvents(zone: Zone, exceptId: number, limit = 3): ZoneEvent[] {
  return [...zone.open, ...zone.upcoming].filter((e) => e.id !== exceptId).slice(0, limit);
}
