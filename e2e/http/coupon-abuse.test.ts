// Coupon events against a script rather than a person, through the balancer and both instances:
// unknown ids answered at once, claims rate-limited per member and per address, and a close that
// holds even when Redis forgets it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AppClient } from "../support/client";
import { claim, createEvent, marketerClient, tally } from "../support/coupon-events";
import { clearRateLimits, closeData, count, redis, sql } from "../support/data";
import { createMembers, inParallel } from "../support/members";

const app = process.env.APP_URL!;
let marketer: AppClient;

beforeAll(async () => {
  marketer = await marketerClient();
});
beforeEach(clearRateLimits);
afterAll(closeData);

/** Status and time to answer of one public-state request. */
async function timedGet(path: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${app}${path}`);
  await response.body?.cancel();
  return { status: response.status, ms: performance.now() - started };
}

describe("unknown coupon events", () => {
  it("20 concurrent requests for unknown ids all answer 404 at once: no request waits on a lock", async () => {
    const base = 1_500_000_000 + Math.floor(Math.random() * 100_000_000);
    // Both instances have loaded the route (a cold start is not what this measures).
    await Promise.all([timedGet(`/api/coupon-events/${base - 1}?live=1`), timedGet(`/api/coupon-events/${base - 2}?live=1`)]);
    const paths = [...Array.from({ length: 10 }, () => `/api/coupon-events/${base}?live=1`), ...Array.from({ length: 10 }, (_, i) => `/api/coupon-events/${base + 1 + i}?live=1`)];
    const answers = await Promise.all(paths.map(timedGet));
    expect(answers.every((a) => a.status === 404)).toBe(true);
    // Today's lock-and-poll answered the tenth request after 15 s; a lookup is milliseconds.
    expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(1_000);
    // …and again, now remembered.
    const again = await Promise.all(paths.map(timedGet));
    expect(again.every((a) => a.status === 404)).toBe(true);
  });

  it("an event created right after its id answered 404 (on both instances) is claimable at once", async () => {
    const { rows } = await sql().query<{ next: string }>("SELECT (CASE WHEN is_called THEN last_value + 1 ELSE last_value END)::text AS next FROM coupon_events_id_seq");
    const next = Number(rows[0]!.next);
    // Round-robin: four requests reach both instances, which now both remember the miss.
    for (let i = 0; i < 4; i++) expect((await timedGet(`/api/coupon-events/${next}?live=1`)).status).toBe(404);
    const eventId = await createEvent(marketer, { totalQuantity: 3 });
    expect(eventId).toBe(next);
    const members = await createMembers(2, "fresh");
    for (const member of members) expect((await claim(member, eventId)).status).toBe(201);
    for (let i = 0; i < 2; i++) expect((await timedGet(`/api/coupon-events/${eventId}?live=1`)).status).toBe(200);
  });
});

describe("claim rate limits", () => {
  it("200 rapid claims from one member meet 429 + Retry-After; the invariants hold and a normal claim is unaffected", async () => {
    const eventId = await createEvent(marketer, { totalQuantity: 10 });
    const [script, person] = await createMembers(2, "burst");
    const answers = await inParallel(Array.from({ length: 200 }, () => () => claim(script!, eventId)), 50);
    const t = tally(answers);
    expect(answers.some((a) => a.status >= 500)).toBe(false);
    expect(t[201]).toBe(1);
    // 30 per 10 s pass at most, however slowly a loaded machine answers the burst.
    expect(t[429]).toBeGreaterThanOrEqual(100);
    const limited = answers.filter((a) => a.status === 429);
    expect(limited.every((a) => a.body.error.code === "RATE_LIMITED" && Number(a.retryAfter) >= 1 && Number(a.retryAfter) <= 10)).toBe(true);
    expect(await count("coupons", "event_id = $1", [eventId])).toBe(1);
    expect(await count("coupons", "event_id = $1 AND user_id = $2", [eventId, script!.id])).toBe(1);
    // Someone else on the same address, pressing once, as people do.
    expect((await claim(person!, eventId)).status).toBe(201);
    const live = await (await fetch(`${app}/api/coupon-events/${eventId}?live=1`)).json();
    expect(live.remaining).toBe(8);
  });
});

describe("a closed event", () => {
  it("stays closed when Redis loses its closed flag or the whole event: claims refused, no row written", async () => {
    const eventId = await createEvent(marketer, { totalQuantity: 5 });
    const [member] = await createMembers(1, "closed");
    expect((await marketer.json(`/api/admin/coupon-events/${eventId}/close`, "POST")).status).toBe(200);
    const state = `{coupon:${eventId}}:state`;
    await redis().hset(state, "closed", "0");
    const lostFlag = await claim(member!, eventId);
    expect(lostFlag.status).toBe(403);
    expect(lostFlag.body.error.code).toBe("EVENT_CLOSED");
    expect(await redis().hget(state, "closed")).toBe("1");
    await redis().del(...(await redis().keys(`{coupon:${eventId}}:*`)));
    const lostState = await claim(member!, eventId);
    expect(lostState.status).toBe(403);
    expect(lostState.body.error.code).toBe("EVENT_CLOSED");
    expect(await count("coupons", "event_id = $1", [eventId])).toBe(0);
    expect((await (await fetch(`${app}/api/coupon-events/${eventId}?live=1`)).json()).status).toBe("CLOSED");
  });
});
