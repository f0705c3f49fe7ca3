// The claim script decides an event's window inside Redis; eventPhase decides it everywhere
// else (live state, console, claim panel). They cannot share code, so this runs both over the
// same instants at each boundary and asserts they agree. The script is the production text
// (CLAIM) with only its clock source pinned to the instant under test, against the real Redis.
import { afterEach, describe, expect, it } from "vitest";
import { CLAIM } from "@/lib/coupons/lua-scripts";
import { eventPhase, wasCanceled, type EventPhase } from "@/lib/coupons/phase";
import { CLOCK, forgetEvent, pinnedClaim } from "@/lib/coupons/pinned-claim";
import { redis } from "@/lib/redis";
import { redisKeys } from "@/lib/redis-keys";

const START = 1_900_000_000_000;
const END = START + 3_600_000;
const EVENT_ID = 1_999_999_999;
const keys = redisKeys.couponEvent(EVENT_ID);
const room = { rate: 1000, graceMs: 30_000 };

afterEach(() => forgetEvent(EVENT_ID));

/** What the claim script answers a new claimant at `now` (ms), as the phase it implies. */
async function scriptPhase(now: number, { closed, remaining }: { closed: boolean; remaining: number }): Promise<EventPhase> {
  const total = 5;
  await forgetEvent(EVENT_ID);
  await redis.hset(keys.state, { start: START, end: END, total, next: total - remaining, closed: closed ? 1 : 0, gen: "phase-test" });
  await redis.pexpire(keys.state, 60_000);
  const [answer] = await pinnedClaim(EVENT_ID, `member-${now}`, now, room);
  const phases: Record<string, EventPhase> = { NOT_OPEN: "SCHEDULED", OK: "OPEN", SOLD_OUT: "SOLD_OUT", CLOSED: "CLOSED" };
  const phase = phases[answer];
  if (!phase) throw new Error(`unexpected claim answer ${answer}`);
  return phase;
}

describe("the claim script and eventPhase", () => {
  it("pins only the clock: the script under test is the production one", () => {
    expect(CLAIM.split(CLOCK)).toHaveLength(2);
  });

  const instants: [string, number, { closed: boolean; remaining: number }, EventPhase][] = [
    ["a millisecond before the start", START - 1, { closed: false, remaining: 5 }, "SCHEDULED"],
    ["at the start", START, { closed: false, remaining: 5 }, "OPEN"],
    ["at the start, with nothing left", START, { closed: false, remaining: 0 }, "SOLD_OUT"],
    ["a millisecond before the end", END - 1, { closed: false, remaining: 1 }, "OPEN"],
    ["at the end", END, { closed: false, remaining: 5 }, "CLOSED"],
    ["at the end, sold out", END, { closed: false, remaining: 0 }, "CLOSED"],
    ["closed early, inside the window", START + 1, { closed: true, remaining: 5 }, "CLOSED"],
    ["closed before it opened", START - 1, { closed: true, remaining: 5 }, "CLOSED"],
  ];

  for (const [name, now, state, expected] of instants) {
    it(`agree ${name}: ${expected}`, async () => {
      expect(eventPhase({ now, startsAt: START, endsAt: END, canceled: false, ...state })).toBe(expected);
      expect(await scriptPhase(now, state)).toBe(expected);
    });
  }

  it("a cancelled event is CANCELED to people and CLOSED to the script, at every instant", async () => {
    for (const now of [START - 1, START, END]) {
      expect(eventPhase({ now, startsAt: START, endsAt: END, closed: true, canceled: true, remaining: 5 })).toBe("CANCELED");
      expect(await scriptPhase(now, { closed: true, remaining: 5 })).toBe("CLOSED");
    }
  });
});

describe("wasCanceled", () => {
  const startsAt = new Date(START);
  it("is a close written before the start, nothing else", () => {
    expect(wasCanceled({ startsAt, closedAt: new Date(START - 1) })).toBe(true);
    expect(wasCanceled({ startsAt, closedAt: new Date(START) })).toBe(false);
    expect(wasCanceled({ startsAt, closedAt: null })).toBe(false);
  });
});
