// Where a 선착순 event stands at an instant. Pure: the live state (lib/coupons/state.ts), the
// console's lists and badges, the edit and close rules (lib/coupons/events.ts) and the claim
// panel's clock all decide it here, so none of them can disagree about a boundary.
//
// The claim script (CLAIM in lib/coupons/lua-scripts.ts) decides the same window inside Redis,
// atomically, and cannot import this: its window check is the atomic twin of eventPhase and must
// agree with it (closed or now ≥ end → CLOSED, now < start → not open yet). lib/coupons/phase.test.ts
// runs both over the same boundary instants.

export type EventPhase = "SCHEDULED" | "OPEN" | "SOLD_OUT" | "CLOSED";

type PhaseInput = {
  /** Epoch ms: the instant asked about (Redis's or the server's clock). */
  now: number;
  startsAt: number;
  endsAt: number;
  /** Closed early by a marketer (closed_at, or the Redis copy's `closed` flag). */
  closed: boolean;
  /** Coupons left; zero once every slot is handed out. */
  remaining: number;
};

/** Ended beats sold out beats open: the start is inclusive, the end exclusive. */
export function eventPhase({ now, startsAt, endsAt, closed, remaining }: PhaseInput): EventPhase {
  if (closed || now >= endsAt) return "CLOSED";
  if (now < startsAt) return "SCHEDULED";
  return remaining <= 0 ? "SOLD_OUT" : "OPEN";
}

/** Terms may change only before the event opens: after that they are a promise. */
export const isEditable = (phase: EventPhase) => phase === "SCHEDULED";

/** An event can be closed early until it has ended. */
export const isClosable = (phase: EventPhase) => phase !== "CLOSED";

type EventRow = { startsAt: Date; endsAt: Date; closedAt: Date | null; totalQuantity: number };

/** An event's phase from its PostgreSQL row and issued count (the live view reads Redis instead). */
export function phaseOfRow(e: EventRow, issued: number, now = Date.now()): EventPhase {
  return eventPhase({ now, startsAt: e.startsAt.getTime(), endsAt: e.endsAt.getTime(), closed: e.closedAt !== null, remaining: e.totalQuantity - issued });
}
