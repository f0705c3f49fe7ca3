import "server-only";
import { isCancelable, isClosable, isEditable, phaseOfRow, wasCanceled, type EventPhase } from "@/lib/coupons/phase";
import { liveState, loadState, markClosed, resetState } from "@/lib/coupons/state";
import { db } from "@/lib/db";
import { toCsv } from "@/lib/csv";
import { DomainError } from "@/lib/errors";
import type { CouponEvent } from "@/lib/generated/prisma/client";
import type { CouponEventInput } from "@/lib/validation/coupon-event";
import { announceFollowerCoupon, followerCouponEdited } from "@/lib/follower-news";
import { scheduleEventReminders } from "@/lib/reminders";

/** Who acts on events: a marketer (all public events) or an owner (their atelier's). */
export type EventScope = { kind: "marketer"; memberId: string } | { kind: "owner"; memberId: string; atelierId: number };

const scopeWhere = (scope: EventScope) => (scope.kind === "marketer" ? { atelierId: null } : { atelierId: scope.atelierId });

/** A slack for clocks and slow forms: "now" may be up to a minute in the past. */
const START_SLACK_MS = 60_000;

/** A new or edited event must not open in the past. */
function refuseStartInPast(input: CouponEventInput): void {
  if (input.startsAt.getTime() < Date.now() - START_SLACK_MS) throw new DomainError("STARTS_IN_PAST", { field: "startsAt" });
}

export async function createEvent(input: CouponEventInput, scope: EventScope): Promise<CouponEvent> {
  refuseStartInPast(input);
  const event = await db.couponEvent.create({
    data: { ...input, createdById: scope.memberId, atelierId: scope.kind === "owner" ? scope.atelierId : null },
  });
  // Loaded into Redis now, so the first second of the event is answered from Redis alone (and
  // every instance finds it there, even one that just answered 404 for this id).
  await loadState(event.id);
  await scheduleEventReminders(event);
  // A follower coupon's news: 마이페이지 알림 for every follower, mail for those who agreed.
  await announceFollowerCoupon(event);
  return event;
}

/** Edits an event that has not opened yet; after that its terms are a promise. */
export async function updateEvent(eventId: number, input: CouponEventInput, scope: EventScope): Promise<CouponEvent> {
  const event = await requireScopedEvent(eventId, scope);
  // Issued counts do not matter here (nothing is issued before the start): 0 stands in.
  if (!isEditable(phaseOfRow(event, 0))) throw new DomainError("EVENT_STARTED");
  refuseStartInPast(input);
  // Guarded again in SQL: the update applies only while the event still has not started.
  const [updated] = await db.couponEvent.updateManyAndReturn({ where: { id: eventId, startsAt: { gt: new Date() }, closedAt: null }, data: input });
  if (!updated) throw new DomainError("EVENT_STARTED");
  await resetState(eventId);
  // A new start time is a new reminder job; the old one finds the event moved and sends nothing.
  await scheduleEventReminders(updated);
  // Followers hear of new terms in 알림, not in a second mail.
  await followerCouponEdited(event, updated);
  return updated;
}

/**
 * Closes an event early, after it opened (before that it is cancelled instead): no claim is
 * accepted after this returns. Redis is told first, so no claim is admitted between the
 * PostgreSQL update and the rebuild; PostgreSQL then holds the close for good: rebuilds read
 * closed_at, and the coupons trigger refuses rows of a closed event (a claim refused there marks
 * whatever copy admitted it closed, see lib/coupons/claim.ts).
 */
export async function closeEvent(eventId: number, scope: EventScope): Promise<CouponEvent> {
  const event = await requireScopedEvent(eventId, scope);
  // Sold out or not, an open event can be closed: 0 issued stands in.
  const phase = phaseOfRow(event, 0);
  if (isCancelable(phase)) throw new DomainError("CLOSE_BEFORE_OPENING");
  if (!isClosable(phase)) throw new DomainError("EVENT_ALREADY_ENDED");
  await markClosed(eventId);
  const closed = await db.couponEvent.update({ where: { id: eventId }, data: { closedAt: new Date() } });
  await resetState(eventId);
  return closed;
}

/**
 * Cancels an event that has not opened: it never opens, its page says 취소된 이벤트, and no
 * reminder goes out. Idempotent: cancelling a cancelled event answers it as it is.
 *
 * Invariant: a cancel lands only while the start is ahead. One UPDATE decides it (closed_at is
 * written only if starts_at > now and the event is not closed), so a cancel racing the opening
 * second either lands before the start (and wasCanceled holds) or is refused with
 * CANCEL_AFTER_OPENING; it never closes an open event. No claim can be admitted before the start,
 * and the coupons trigger refuses rows of a closed event, so a Redis copy that has not yet heard
 * of the cancel writes nothing; the rebuild after the update tells it.
 */
export async function cancelEvent(eventId: number, scope: EventScope): Promise<CouponEvent> {
  const event = await requireScopedEvent(eventId, scope);
  if (wasCanceled(event)) return event;
  if (!isCancelable(phaseOfRow(event, 0))) throw new DomainError("CANCEL_AFTER_OPENING");
  const now = new Date();
  const [canceled] = await db.couponEvent.updateManyAndReturn({ where: { id: eventId, startsAt: { gt: now }, closedAt: null }, data: { closedAt: now } });
  if (!canceled) {
    // Lost a race: another cancel (answer as it is) or the opening second (refuse).
    const current = await requireScopedEvent(eventId, scope);
    if (wasCanceled(current)) return current;
    throw new DomainError("CANCEL_AFTER_OPENING");
  }
  await resetState(eventId);
  return canceled;
}

/**
 * What a console's status filter asks PostgreSQL for. OPEN and SOLD_OUT share a window (they
 * differ only by the issued count, which listEvents compares afterwards); CANCELED compares two
 * columns (see wasCanceled).
 */
function phaseWhere(phase: EventPhase, now: Date) {
  const fields = db.couponEvent.fields;
  switch (phase) {
    case "SCHEDULED":
      return { closedAt: null, startsAt: { gt: now } };
    case "OPEN":
    case "SOLD_OUT":
      return { closedAt: null, startsAt: { lte: now }, endsAt: { gt: now } };
    case "CLOSED":
      return { OR: [{ closedAt: { gte: fields.startsAt } }, { closedAt: null, endsAt: { lte: now } }] };
    case "CANCELED":
      return { closedAt: { lt: fields.startsAt } };
  }
}

/** A console's events, newest first, optionally only those in one phase (the list's filter). */
export async function listEvents(scope: EventScope, phase?: EventPhase) {
  const now = new Date();
  const events = await db.couponEvent.findMany({
    where: { ...scopeWhere(scope), ...(phase ? phaseWhere(phase, now) : {}) },
    orderBy: [{ startsAt: "desc" }],
    take: 100,
    include: { _count: { select: { coupons: true } } },
  });
  return phase ? events.filter((e) => phaseOfRow(e, e._count.coupons, now.getTime()) === phase) : events;
}

export async function getScopedEvent(eventId: number, scope: EventScope) {
  return db.couponEvent.findFirst({ where: { id: eventId, ...scopeWhere(scope) } });
}

/** The scope's event, or EVENT_NOT_FOUND (another scope's event is not found either). */
export async function requireScopedEvent(eventId: number, scope: EventScope): Promise<CouponEvent> {
  const event = await getScopedEvent(eventId, scope);
  if (!event) throw new DomainError("EVENT_NOT_FOUND");
  return event;
}

/** What the event page shows, with the atelier of a follower-only event. */
export async function getPublicEvent(eventId: number) {
  return db.couponEvent.findUnique({
    where: { id: eventId },
    include: { atelier: { select: { id: true, name: true, profileImage: true } } },
  });
}

/**
 * What GET /api/coupon-events/[id] answers: the live count and status from Redis alone (cheap
 * enough to poll every second), and the event itself unless only the live part is asked for.
 */
export async function publicEventState(eventId: number, { withEvent }: { withEvent: boolean }) {
  const live = await liveState(eventId);
  if (!live) throw new DomainError("EVENT_NOT_FOUND");
  const state = { remaining: live.remaining, total: live.total, status: live.status, serverTime: live.serverTime, startsAt: live.startsAt, endsAt: live.endsAt };
  if (!withEvent) return state;
  const event = await getPublicEvent(eventId);
  if (!event) throw new DomainError("EVENT_NOT_FOUND");
  return { event: eventJson(event), ...state };
}

/** Follower-only events of an atelier that have not ended, for its page. */
export async function atelierEvents(atelierId: number, now = new Date()) {
  return db.couponEvent.findMany({ where: { atelierId, closedAt: null, endsAt: { gt: now } }, orderBy: { startsAt: "asc" }, take: 3 });
}

type EventReport = {
  issued: number;
  claimants: number;
  total: number;
  soldOutAt: Date | null;
  sellOutMs: number | null;
  firstIssuedAt: Date | null;
  /** Coupons that paid for an order (PAID now: a canceled order's coupon came back). */
  redeemed: number;
  /** KRW the event's coupons took off those orders, and what the orders paid. */
  discountSpent: number;
  orderRevenue: number;
};

/** After (or during) an event: counts from PostgreSQL, the record of what was promised. */
export async function eventReport(event: CouponEvent): Promise<EventReport> {
  const [[stats], [sales]] = await Promise.all([
    db.$queryRaw<[{ issued: number; claimants: number; first: Date | null; last: Date | null }]>`
      SELECT count(*)::int AS issued, count(DISTINCT user_id)::int + count(*) FILTER (WHERE user_id IS NULL)::int AS claimants,
             min(issued_at) AS first, max(issued_at) AS last
      FROM coupons WHERE event_id = ${event.id}`,
    db.$queryRaw<[{ redeemed: number; discount: number; revenue: number }]>`
      SELECT count(*)::int AS redeemed, coalesce(sum(o.discount), 0)::int AS discount, coalesce(sum(o.total), 0)::int AS revenue
      FROM orders o JOIN coupons c ON c.id = o.coupon_id
      WHERE c.event_id = ${event.id} AND o.status = 'PAID'`,
  ]);
  const soldOutAt = stats.issued >= event.totalQuantity ? stats.last : null;
  return {
    issued: stats.issued,
    claimants: stats.claimants,
    total: event.totalQuantity,
    soldOutAt,
    sellOutMs: soldOutAt ? soldOutAt.getTime() - event.startsAt.getTime() : null,
    firstIssuedAt: stats.first,
    redeemed: sales.redeemed,
    discountSpent: sales.discount,
    orderRevenue: sales.revenue,
  };
}

/**
 * Issued coupons as CSV (UTF-8 with BOM): slot, coupon id, times, used, and for a used coupon the
 * discount it gave and what its (paid) order came to — no personal data.
 */
export async function issuedCouponsCsv(eventId: number): Promise<string> {
  const rows = await db.$queryRaw<{ seq: number; id: string; issued: string; expires: string; used: boolean; discount: number | null; total: number | null }[]>`
    SELECT c.seq, c.id,
           to_char(c.issued_at AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Seoul', 'YYYY-MM-DD HH24:MI:SS.MS') AS issued,
           to_char(c.expires_at AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Seoul', 'YYYY-MM-DD HH24:MI') AS expires,
           c.used_at IS NOT NULL AS used, o.discount, o.total
    FROM coupons c LEFT JOIN orders o ON o.coupon_id = c.id AND o.status = 'PAID'
    WHERE c.event_id = ${eventId} ORDER BY c.seq`;
  return toCsv(
    ["순번", "쿠폰 ID", "발급 시각", "만료 시각", "사용 여부", "할인 금액", "주문 금액"],
    rows.map((r) => [String(r.seq), r.id, r.issued, r.expires, r.used ? "Y" : "N", r.discount === null ? "" : String(r.discount), r.total === null ? "" : String(r.total)]),
  );
}

/** Successful issues per second over the last few seconds (the live view), from PostgreSQL. */
export async function issuedPerSecond(eventId: number, windowSeconds = 5): Promise<number> {
  const [row] = await db.$queryRaw<[{ n: number }]>`
    SELECT count(*)::int AS n FROM coupons
    WHERE event_id = ${eventId} AND issued_at > (now() AT TIME ZONE 'UTC') - make_interval(secs => ${windowSeconds})`;
  return row.n / windowSeconds;
}

/** An event as the API shows it (and the edit form starts from). */
export function eventJson(e: CouponEvent) {
  return {
    id: e.id,
    title: e.title,
    description: e.description,
    bannerImage: e.bannerImage,
    discountType: e.discountType,
    discountValue: e.discountValue,
    maxDiscount: e.maxDiscount,
    minOrderAmount: e.minOrderAmount,
    totalQuantity: e.totalQuantity,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    validDays: e.validDays,
    closedAt: e.closedAt?.toISOString() ?? null,
    atelierId: e.atelierId,
  };
}

/** An event of listEvents with its issued count, as the list routes answer it. */
export function listedEventJson(e: CouponEvent & { _count: { coupons: number } }) {
  return { ...eventJson(e), issued: e._count.coupons };
}
