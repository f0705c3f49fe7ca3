import "server-only";
import { env } from "@/lib/env";

/**
 * The waiting room in front of a 선착순 claim (the line itself is kept by the claim script,
 * lib/coupons/lua-scripts.ts: see WAITING ROOM there).
 */
export type WaitingRoom = {
  /** Claims admitted per second per event, across every instance. */
  rate: number;
  /** A place is kept this long without an attempt, then dropped (its held slot given back). */
  graceMs: number;
};

/** The longest a waiting member is asked to stay away before asking again. */
const MAX_RETRY_AFTER_SECONDS = 10;

export const WAITING_ROOM: WaitingRoom = {
  rate: env.COUPON_ADMISSION_RATE,
  // Three of the longest Retry-After: a missed poll or a slow phone does not lose the place.
  graceMs: 3 * MAX_RETRY_AFTER_SECONDS * 1000,
};

/** A claim waiting in line: answered 202 with Retry-After; the same POST again moves it on. */
export type QueuedPlace = { status: "QUEUED"; position: number; etaSeconds: number; ticket: number; retryAfterSeconds: number };

/**
 * What a member in line is told. The ETA is when their turn comes at the admission rate. They
 * are asked back then, or sooner when the coupons left would be gone before it (they are told
 * SOLD_OUT at that attempt instead of waiting out a turn that never comes); at least a second
 * apart, so a member polling at Retry-After stays far below the per-member claim limit (30 per
 * 10 s), and at most MAX_RETRY_AFTER_SECONDS, well inside the grace period.
 */
export function placeInLine(position: number, ticket: number, slotsLeft: number, rate: number): QueuedPlace {
  const etaSeconds = Math.max(1, Math.ceil(position / rate));
  const decisiveIn = Math.ceil(Math.min(position, slotsLeft) / rate);
  const retryAfterSeconds = Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(1, decisiveIn));
  return { status: "QUEUED", position, etaSeconds, ticket, retryAfterSeconds };
}
