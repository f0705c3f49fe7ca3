// Test support: the claim script as the Lua tests run it, the production text (CLAIM) with only
// its clock source pinned to an instant the test chooses, against the real Redis (through the
// gateway), with the keys and arguments claimCoupon passes and a waiting room of the test's own.
import { claimScriptCall } from "@/lib/coupons/claim";
import { CLAIM } from "@/lib/coupons/lua-scripts";
import type { WaitingRoom } from "@/lib/coupons/waiting-room";
import { redis } from "@/lib/redis";

export const CLOCK = "redis.call('TIME')";
/** The script with Redis's TIME replaced by ARGV[8] (seconds) and ARGV[9] (microseconds). */
const PINNED_CLAIM = CLAIM.replace(CLOCK, "{ARGV[8], ARGV[9]}");

export type ScriptReply = [string, ...(string | number)[]];

/** What the claim script answers `memberId` at `nowMs`. */
export function pinnedClaim(eventId: number, memberId: string, nowMs: number, room: WaitingRoom, address = "192.0.2.1"): Promise<ScriptReply> {
  const { keys, args } = claimScriptCall(eventId, memberId, address, room);
  const clock = [String(Math.floor(nowMs / 1000)), String((nowMs % 1000) * 1000)];
  return redis.eval<string[], ScriptReply>(PINNED_CLAIM, keys, [...args, ...clock]);
}

/** Deletes every key of an event, its claim limit windows included (they share its hash tag). */
export async function forgetEvent(eventId: number): Promise<void> {
  const keys = await redis.keys(`*{coupon:${eventId}}*`);
  if (keys.length) await redis.del(...keys);
}
