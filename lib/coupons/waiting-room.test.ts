// The waiting room as the claim script keeps it (WAITING ROOM in lib/coupons/lua-scripts.ts),
// against the real Redis with the script's clock pinned, so every step happens at an instant the
// test names: admission rate, arrival order, one place per member, gone shoppers dropped, the
// line answered at once when the last coupon goes, and a Redis loss mid-queue.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { rebuildState } from "@/lib/coupons/state";
import { forgetEvent, pinnedClaim, type ScriptReply } from "@/lib/coupons/pinned-claim";
import { placeInLine, type WaitingRoom } from "@/lib/coupons/waiting-room";
import { db } from "@/lib/db";
import { redis } from "@/lib/redis";
import { redisKeys } from "@/lib/redis-keys";

const T = 1_900_000_000_000;
const HOUR = 3_600_000;
const used: number[] = [];

afterEach(async () => {
  await Promise.all(used.splice(0).map(forgetEvent));
});
afterAll(() => db.$disconnect());

/** An event that exists only in Redis, open around T, with `total` coupons. */
async function redisEvent(total: number): Promise<number> {
  const id = 1_500_000_000 + Math.floor(Math.random() * 100_000_000);
  used.push(id);
  const keys = redisKeys.couponEvent(id);
  await redis.hset(keys.state, { start: T - HOUR, end: T + HOUR, total, next: 0, closed: 0, gen: `room-${id}` });
  await redis.pexpire(keys.state, 60_000);
  return id;
}

/** One event's claims under a waiting room: `at(ms after T, member)` → the script's reply. */
function claimsOf(eventId: number, room: WaitingRoom) {
  return (offsetMs: number, member: string) => pinnedClaim(eventId, member, T + offsetMs, room);
}

const admissions = async (eventId: number) => (await redis.lrange(redisKeys.couponEvent(eventId).admissions, 0, -1)).map(Number);
const statusOf = (reply: ScriptReply) => reply[0];

describe("admission rate", () => {
  it("decides arrivals at once while a token is free, in the same step; beyond it they wait in line", async () => {
    const eventId = await redisEvent(10);
    const at = claimsOf(eventId, { rate: 2, graceMs: 30_000 });
    expect(await at(0, "a")).toEqual(["OK", 1, `room-${eventId}`, T, 1]);
    expect(await at(0, "b")).toEqual(["OK", 2, `room-${eventId}`, T, 2]);
    // The third within the same second: third ticket, first in line, 8 coupons still free.
    expect(await at(0, "c")).toEqual(["QUEUED", 1, 3, 8]);
    expect(await at(0, "d")).toEqual(["QUEUED", 2, 4, 8]);
  });

  it("admits `rate` per second from the line however rarely anyone asks, and keeps a second's worth for arrivals", async () => {
    const eventId = await redisEvent(100);
    const at = claimsOf(eventId, { rate: 5, graceMs: 60_000 });
    const first: ScriptReply[] = [];
    for (let i = 0; i < 30; i++) first.push(await at(0, `m${i}`));
    expect(first.map(statusOf)).toEqual([...Array(5).fill("OK"), ...Array(25).fill("QUEUED")]);
    // A second later, one attempt (by the last in line) lets the next five in.
    expect(await at(1_000, "m29")).toEqual(["QUEUED", 20, 30, 90]);
    expect(await admissions(eventId)).toHaveLength(10);
    // Three quiet seconds later: fifteen more, the line's due.
    expect(await at(4_000, "m29")).toEqual(["QUEUED", 5, 30, 75]);
    expect(await admissions(eventId)).toHaveLength(25);
    // Six quiet seconds later the line is through (m29 among them) and empty: of the thirty
    // tokens, five are kept, so five of seven arrivals at that instant are decided at once.
    expect(statusOf(await at(10_000, "m29"))).toBe("OK");
    const arrivals: ScriptReply[] = [];
    for (let i = 0; i < 7; i++) arrivals.push(await at(10_000, `n${i}`));
    expect(arrivals.map(statusOf)).toEqual([...Array(5).fill("OK"), "QUEUED", "QUEUED"]);
  });
});

describe("arrival order", () => {
  it("admits by ticket, whoever asks first, and holds the slot until the admitted member comes back", async () => {
    const eventId = await redisEvent(10);
    const at = claimsOf(eventId, { rate: 1, graceMs: 30_000 });
    expect(statusOf(await at(0, "a"))).toBe("OK");
    for (const [i, m] of ["b", "c", "d"].entries()) expect(await at(0, m)).toEqual(["QUEUED", i + 1, i + 2, 9]);
    // d asks first after a second: the token admits b, the head, not d.
    expect(await at(1_000, "d")).toEqual(["QUEUED", 2, 4, 8]);
    expect(await at(2_000, "d")).toEqual(["QUEUED", 1, 4, 7]);
    // c and b come back later, in the wrong order: each finds their slot held, in ticket order.
    expect(await at(2_500, "c")).toEqual(["OK", 3, `room-${eventId}`, T + 2_500, 3]);
    expect(await at(2_600, "b")).toEqual(["OK", 2, `room-${eventId}`, T + 2_600, 2]);
    expect(await at(3_100, "d")).toEqual(["OK", 4, `room-${eventId}`, T + 3_100, 4]);
    expect(await admissions(eventId)).toEqual([1, 2, 3, 4]);
    // …and each holds one coupon: asking again is a duplicate.
    expect(await at(3_200, "b")).toEqual(["ALREADY"]);
  });

  it("gives a member one place however many tabs ask", async () => {
    const eventId = await redisEvent(10);
    const at = claimsOf(eventId, { rate: 1, graceMs: 30_000 });
    await at(0, "first");
    const tabs = await Promise.all([at(100, "tabs"), at(100, "tabs"), at(100, "tabs"), at(200, "tabs")]);
    expect(new Set(tabs.map((r) => JSON.stringify(r)))).toEqual(new Set([JSON.stringify(["QUEUED", 1, 2, 9])]));
    expect(await at(300, "next")).toEqual(["QUEUED", 2, 3, 9]);
    const keys = redisKeys.couponEvent(eventId);
    expect(await redis.zcard(keys.line)).toBe(2);
    expect(await redis.get(keys.arrivals)).toBe("3");
  });
});

describe("shoppers who have gone", () => {
  it("lose their place, or the slot held for them, after the grace period, and the line moves past them", async () => {
    const eventId = await redisEvent(10);
    const at = claimsOf(eventId, { rate: 1, graceMs: 30_000 });
    await at(0, "a");
    for (const m of ["gone-admitted", "gone-waiting"]) await at(0, m);
    expect(await at(0, "stays")).toEqual(["QUEUED", 3, 4, 9]);
    // Only "stays" comes back. The token at 1 s admits the head, holding slot 2 for it.
    expect(await at(1_000, "stays")).toEqual(["QUEUED", 2, 4, 8]);
    expect(await redis.hget(redisKeys.couponEvent(eventId).admitted, "gone-admitted")).toBe("2:2");
    // 30 s after their last attempt both are dropped: the hold's slot 2 goes to "stays", next in line.
    expect(await at(30_500, "stays")).toEqual(["OK", 2, `room-${eventId}`, T + 30_500, 4]);
    // Coming back after that is arriving anew: a new ticket (decided at once, nobody waits now).
    expect(await at(31_000, "gone-waiting")).toEqual(["OK", 3, `room-${eventId}`, T + 31_000, 5]);
    expect(await admissions(eventId)).toEqual([1, 2, 4, 5]);
  });
});

describe("the last coupon", () => {
  it("answers everyone in line SOLD_OUT at their next attempt, not at their turn", async () => {
    const eventId = await redisEvent(2);
    const at = claimsOf(eventId, { rate: 1, graceMs: 30_000 });
    await at(0, "a");
    for (const m of ["b", "c", "d", "e"]) expect(statusOf(await at(0, m))).toBe("QUEUED");
    // The token at 1 s holds the last slot for b: from then on nobody else waits.
    expect(await at(1_000, "e")).toEqual(["SOLD_OUT"]);
    expect(await redis.exists(redisKeys.couponEvent(eventId).line)).toBe(0);
    expect(await at(1_000, "c")).toEqual(["SOLD_OUT"]);
    expect(await at(1_000, "newcomer")).toEqual(["SOLD_OUT"]);
    expect(statusOf(await at(1_500, "b"))).toBe("OK");
    expect(await at(1_600, "d")).toEqual(["SOLD_OUT"]);
    expect(Number(await redis.hget(redisKeys.couponEvent(eventId).state, "soldOutAt"))).toBe(T + 1_000);
  });
});

describe("the claim limits and the waiting room", () => {
  it("a place's polls count against the member's window only: one address full of waiting members is never walled", async () => {
    const eventId = await redisEvent(10);
    const at = claimsOf(eventId, { rate: 1, graceMs: 30_000 });
    const members = Array.from({ length: 25 }, (_, i) => `campus-${i}`);
    for (const m of members) await at(0, m);
    // 25 × 28 polls from one address: 725 attempts, past the address's 600, none past a member's 30.
    const polls = await Promise.all(members.flatMap((m) => Array.from({ length: 28 }, () => at(500, m))));
    expect(polls.filter((r) => statusOf(r) === "LIMITED")).toHaveLength(0);
    // Arrival and 28 polls: the 30th attempt is a member's last in the window, the 31st meets the wall.
    expect(statusOf(await at(500, "campus-24"))).toBe("QUEUED");
    expect(statusOf(await at(500, "campus-24"))).toBe("LIMITED");
  });
});

describe("Redis losing the event mid-queue", () => {
  it("the rebuilt copy has no line and no holds: waiting members arrive anew, one holding a coupon is still refused", async () => {
    const now = Date.now();
    const event = await db.couponEvent.create({
      data: { title: "대기열 복구", discountType: "AMOUNT", discountValue: 1000, totalQuantity: 3, startsAt: new Date(now - HOUR), endsAt: new Date(now + HOUR), validDays: 7 },
    });
    used.push(event.id);
    await rebuildState(event.id);
    const tag = Math.random().toString(36).slice(2, 8);
    const [a, b, c] = await Promise.all(
      ["a", "b", "c"].map((n) => db.member.create({ data: { nickname: `대기${tag}${n}`, nicknameKey: `대기${tag}${n}` }, select: { id: true } }).then((m) => m.id)),
    );
    const at = (offsetMs: number, member: string) => pinnedClaim(event.id, member, now + offsetMs, { rate: 1, graceMs: 30_000 });
    expect((await at(0, a!)).slice(0, 2)).toEqual(["OK", 1]);
    await db.coupon.create({ data: { eventId: event.id, memberId: a!, seq: 1, issuedAt: new Date(now), expiresAt: new Date(now + HOUR) } });
    expect(await at(0, b!)).toEqual(["QUEUED", 1, 2, 2]);
    expect(await at(0, c!)).toEqual(["QUEUED", 2, 3, 2]);
    expect(await at(1_000, c!)).toEqual(["QUEUED", 1, 3, 1]);
    const keys = redisKeys.couponEvent(event.id);
    expect(await redis.hget(keys.admitted, b!)).toBe("2:2");

    // Redis loses the state (a flush, an eviction); the next claim finds MISSING and rebuilds.
    await redis.del(keys.state);
    expect(await at(1_100, c!)).toEqual(["MISSING"]);
    expect(await rebuildState(event.id)).toBe(true);
    expect(await redis.exists(keys.line, keys.seen, keys.admitted)).toBe(0);
    // c asks first now: with a fresh bucket, c is decided at once, on a new ticket, with slot 2.
    expect(await at(1_200, c!)).toEqual(["OK", 2, expect.any(String), now + 1_200, 4]);
    expect(await at(1_300, b!)).toEqual(["QUEUED", 1, 5, 1]);
    expect(await at(1_300, a!)).toEqual(["ALREADY"]);
    // The record survives the loss and tickets only grow: still in ticket order.
    expect(await admissions(event.id)).toEqual([1, 2, 4]);
  });
});

describe("what a member in line is told", () => {
  it("an ETA at the admission rate, and Retry-After at their turn or when the coupons will be gone, 1–10 s", () => {
    expect(placeInLine(250, 7, 1_000, 100)).toEqual({ status: "QUEUED", position: 250, etaSeconds: 3, ticket: 7, retryAfterSeconds: 3 });
    // Far behind the coupons left: back when they are expected to be gone, to hear 410.
    expect(placeInLine(2_000, 7, 300, 100)).toMatchObject({ etaSeconds: 20, retryAfterSeconds: 3 });
    expect(placeInLine(1, 7, 50, 100)).toMatchObject({ etaSeconds: 1, retryAfterSeconds: 1 });
    expect(placeInLine(5_000, 7, 5_000, 100)).toMatchObject({ etaSeconds: 50, retryAfterSeconds: 10 });
  });
});
