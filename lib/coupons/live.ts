import "server-only";
import { eventReport, issuedPerSecond } from "@/lib/coupons/events";
import { attemptsPerSecond, liveState, type LiveState } from "@/lib/coupons/state";
import type { CouponEvent } from "@/lib/generated/prisma/client";

/** The marketer's live view: Redis's count and rates while it runs, PostgreSQL's record beside it. */
export type LiveSnapshot = {
  live: LiveState | null;
  attemptsPerSecond: number;
  issuedPerSecond: number;
  report: {
    issued: number;
    claimants: number;
    total: number;
    soldOutAt: string | null;
    sellOutMs: number | null;
    firstIssuedAt: string | null;
    redeemed: number;
    discountSpent: number;
    orderRevenue: number;
  };
};

/** What a console's GET …/coupon-events/[id]/live answers, and what the event's page renders first. */
export async function liveSnapshot(event: CouponEvent): Promise<LiveSnapshot> {
  const [live, attempts, issuedRate, report] = await Promise.all([liveState(event.id), attemptsPerSecond(event.id), issuedPerSecond(event.id), eventReport(event)]);
  return {
    live,
    attemptsPerSecond: attempts,
    issuedPerSecond: issuedRate,
    report: { ...report, soldOutAt: report.soldOutAt?.toISOString() ?? null, firstIssuedAt: report.firstIssuedAt?.toISOString() ?? null },
  };
}
