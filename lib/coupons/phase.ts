// Where a 선착순 event stands at an instant. Pure: the live state (lib/coupons/state.ts), the
// console's lists and badges, the edit and close rules (lib/coupons/events.ts) and the claim
// panel's clock all decide it here, so none of them can disagree about a boundary.
//
// The claim script (CLAIM in lib/coupons/lua-scripts.ts) decides the same window inside Redis,
// atomically, and cannot import this: its window check is the atomic twin of eventPhase and must
// agree with it (closed or now ≥ end → CLOSED, now < start → not open yet). lib/coupons/phase.test.ts
// runs both over the same boundary instants.

export const EVENT_PHASES = ["SCHEDULED", "OPEN", "SOLD_OUT", "CLOSED", "CANCELED"] as const;
export type EventPhase = (typeof EVENT_PHASES)[number];

type PhaseInput = {
  /** Epoch ms: the instant asked about (Redis's or the server's clock). */
  now: number;
  startsAt: number;
  endsAt: number;
  /** Closed early by a marketer (closed_at, or the Redis copy's `closed` flag). */
  closed: boolean;
  /** Closed before it ever opened: cancelled (see wasCanceled). Claims see it as closed. */
  canceled: boolean;
  /** Coupons left; zero once every slot is handed out. */
  remaining: number;
};

/**
 * Ended beats sold out beats open: the start is inclusive, the end exclusive. A cancelled event
 * is a closed one to the claim script (it answers CLOSED); only people are told it was cancelled.
 */
export function eventPhase({ now, startsAt, endsAt, closed, canceled, remaining }: PhaseInput): EventPhase {
  if (closed) return canceled ? "CANCELED" : "CLOSED";
  if (now >= endsAt) return "CLOSED";
  if (now < startsAt) return "SCHEDULED";
  return remaining <= 0 ? "SOLD_OUT" : "OPEN";
}

/** Terms may change only before the event opens: after that they are a promise. */
export const isEditable = (phase: EventPhase) => phase === "SCHEDULED";

/** Before it opens an event is cancelled (취소); once open it can be closed early (조기 종료) until it ends. */
export const isCancelable = (phase: EventPhase) => phase === "SCHEDULED";
export const isClosable = (phase: EventPhase) => phase === "OPEN" || phase === "SOLD_OUT";

type EventRow = { startsAt: Date; endsAt: Date; closedAt: Date | null; totalQuantity: number };

/**
 * A cancelled event is one closed before it opened: the cancel writes closed_at only while
 * starts_at is still ahead (lib/coupons/events.ts), so no second column can disagree with it,
 * and everything that refuses claims on a closed event (the claim script, the coupons trigger,
 * reminders) refuses them on a cancelled one too.
 */
export const wasCanceled = (e: Pick<EventRow, "startsAt" | "closedAt">) => e.closedAt !== null && e.closedAt < e.startsAt;

/** An event's phase from its PostgreSQL row and issued count (the live view reads Redis instead). */
export function phaseOfRow(e: EventRow, issued: number, now = Date.now()): EventPhase {
  return eventPhase({ now, startsAt: e.startsAt.getTime(), endsAt: e.endsAt.getTime(), closed: e.closedAt !== null, canceled: wasCanceled(e), remaining: e.totalQuantity - issued });
}
