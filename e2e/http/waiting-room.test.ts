// The waiting room through HTTP: two instances of the build behind nginx, as the test stack runs
// them, but started here with an admission rate of 5 claims per second (COUPON_ADMISSION_RATE),
// so a burst of a few dozen presses meets the line however fast or loaded this machine is.
// Members follow the 202s as the event page does: the same POST again at each Retry-After.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../../scripts/test/app";
import { TEST_DIST_DIR, TEST_PORTS } from "../../scripts/test/stack";
import type { AppClient } from "../support/client";
import { claim, claimUntilDecided, createEvent, marketerClient, tally, type ClaimAnswer } from "../support/coupon-events";
import { clearRateLimits, closeData, count, redis, sql } from "../support/data";
import { createMembers, inParallel } from "../support/members";

const RATE = 5;
let app: RunningApp;
let marketer: AppClient;

beforeAll(async () => {
  marketer = await marketerClient();
  const env = { ...(process.env as Record<string, string>), COUPON_ADMISSION_RATE: String(RATE) };
  // Ports of this test slot's own range, past the stack's balancer and its two instances.
  app = await startApp(env, { port: TEST_PORTS.app + 5, instancePorts: [TEST_PORTS.app + 6, TEST_PORTS.app + 7], distDir: TEST_DIST_DIR });
}, 60_000);
beforeEach(clearRateLimits);
afterAll(async () => {
  await app?.stop();
  await closeData();
});

const admissions = async (eventId: number) => (await redis().lrange(`{coupon:${eventId}}:admissions`, 0, -1)).map(Number);
const allAnswers = (decided: { answers: ClaimAnswer[] }[]) => decided.flatMap((d) => d.answers);

/** Rows of the event: as many as expected, one per member, every slot within 1..total, every 201's row there. */
async function expectIssued(eventId: number, total: number, decided: ClaimAnswer[]) {
  expect(await count("coupons", "event_id = $1", [eventId])).toBe(total);
  expect(await count("(SELECT user_id FROM coupons WHERE event_id = $1 GROUP BY user_id HAVING count(*) > 1) d", "true", [eventId])).toBe(0);
  expect(await count("coupons", "event_id = $1 AND (seq < 1 OR seq > $2)", [eventId, total])).toBe(0);
  const { rows } = await sql().query<{ id: string }>("SELECT id FROM coupons WHERE event_id = $1", [eventId]);
  const ids = new Set(rows.map((r) => r.id));
  expect(decided.filter((a) => a.status === 201).every((a) => ids.has(a.body.coupon.id))).toBe(true);
}

describe("the waiting room", () => {
  it("a burst beyond the rate waits in line (202, position, ETA, Retry-After); polling at Retry-After decides everyone in arrival order, never meeting a limit", async () => {
    const eventId = await createEvent(marketer, { totalQuantity: 40 });
    const members = await createMembers(60, "line");
    const decided = await inParallel(members.map((m) => () => claimUntilDecided(m, eventId, app.url)), 60);

    const firsts = decided.map((d) => d.answers[0]!);
    expect(Object.keys(tally(firsts)).sort()).toEqual(["201", "202"]);
    for (const queued of allAnswers(decided).filter((a) => a.status === 202)) {
      expect(queued.body).toEqual({ status: "QUEUED", position: expect.any(Number), etaSeconds: expect.any(Number), ticket: expect.any(Number) });
      expect(queued.body.position).toBeGreaterThanOrEqual(1);
      expect(queued.body.etaSeconds).toBeGreaterThanOrEqual(1);
      expect(Number(queued.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(queued.retryAfter)).toBeLessThanOrEqual(10);
    }
    // A member's place only moves forward while they wait, on the ticket they arrived with.
    for (const { answers } of decided) {
      const places = answers.filter((a) => a.status === 202).map((a) => a.body);
      expect(new Set(places.map((p) => p.ticket)).size).toBeLessThanOrEqual(1);
      expect(places.map((p) => p.position)).toEqual([...places.map((p) => p.position)].sort((a, b) => b - a));
    }
    // Decided as without a waiting room: 40 coupons, everyone else told 410; no 429, no 5xx.
    expect(tally(decided)).toEqual({ 201: 40, 410: 20 });
    expect(allAnswers(decided).every((a) => [201, 202, 410].includes(a.status))).toBe(true);
    await expectIssued(eventId, 40, decided);
    // Arrival order: admitted by ticket, and nobody who was told 410 arrived before a winner.
    const admitted = await admissions(eventId);
    expect(admitted).toEqual([...admitted].sort((a, b) => a - b));
    const losersTickets = decided.filter((d) => d.status === 410).map((d) => d.answers[0]!.body.ticket as number);
    expect(Math.min(...losersTickets)).toBeGreaterThan(Math.max(...admitted));
  }, 120_000);

  it("gives one place to a member pressing in several tabs, and one coupon", async () => {
    const eventId = await createEvent(marketer, { totalQuantity: 50 });
    const crowd = await createMembers(30, "ahead");
    const [member] = await createMembers(1, "tabs");
    // 30 at once: 5 decided at once, the rest wait for five seconds or more.
    const ahead = await inParallel(crowd.map((m) => () => claim(m, eventId, app.url)), 30);
    expect(ahead.filter((a) => a.status === 202).length).toBeGreaterThanOrEqual(RATE);
    const tabs = await inParallel(Array.from({ length: 4 }, () => () => claim(member!, eventId, app.url)), 4);
    expect(tally(tabs)).toEqual({ 202: 4 });
    // One place: the same ticket in every tab. (Its position may differ between the tabs' answers:
    // the line moves on while they are answered.)
    expect(new Set(tabs.map((t) => t.body.ticket)).size).toBe(1);
    // Every tab keeps asking: one coupon, the other tabs told it is already theirs.
    const decided = await inParallel(Array.from({ length: 4 }, () => () => claimUntilDecided(member!, eventId, app.url)), 4);
    expect(tally(decided)).toEqual({ 201: 1, 409: 3 });
    expect(await count("coupons", "event_id = $1 AND user_id = $2", [eventId, member!.id])).toBe(1);
  }, 120_000);

  it("tells everyone still in line 410 at their next attempt once the last coupon goes", async () => {
    const eventId = await createEvent(marketer, { totalQuantity: 8 });
    const members = await createMembers(40, "late");
    const decided = await inParallel(members.map((m) => () => claimUntilDecided(m, eventId, app.url)), 40);
    expect(tally(decided)).toEqual({ 201: 8, 410: 32 });
    // Eight coupons at five a second: the line is answered within a few seconds, not at each
    // member's turn (position up to 35 at five a second would be seven seconds and more).
    for (const loser of decided.filter((d) => d.status === 410)) expect(loser.answers.length).toBeLessThanOrEqual(3);
    expect(await redis().exists(`{coupon:${eventId}}:line`)).toBe(0);
    await expectIssued(eventId, 8, decided);
  }, 120_000);

  it("survives Redis being flushed mid-queue: nobody is left waiting, nobody gets two coupons, no 5xx", async () => {
    const eventId = await createEvent(marketer, { totalQuantity: 30 });
    const members = await createMembers(80, "flushq");
    const running = inParallel(members.map((m) => () => claimUntilDecided(m, eventId, app.url)), 80);
    // Once the line has let some in, Redis loses everything (this run's database: its sessions'
    // revocations, limits, every event's state and line).
    for (let waited = 0; (await count("coupons", "event_id = $1", [eventId])) < 10; waited++) {
      if (waited > 200) throw new Error("the line never let ten in");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await redis().flushdb();
    const decided = await running;

    expect(allAnswers(decided).every((a) => [201, 202, 410].includes(a.status))).toBe(true);
    expect(tally(decided)).toEqual({ 201: 30, 410: 50 });
    await expectIssued(eventId, 30, decided);
    // The rebuilt state knows every winner: pressing again is a duplicate, not a second coupon.
    const winners = members.filter((_, i) => decided[i]!.status === 201);
    const again = await inParallel(winners.map((m) => () => claim(m, eventId, app.url)), 30);
    expect(tally(again)).toEqual({ 409: 30 });
  }, 120_000);
});
