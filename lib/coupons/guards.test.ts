// What keeps an event's Redis copy honest and cheap to look up, against the real PostgreSQL and
// Redis: unknown ids are remembered briefly, and a closed or ended event is enforced by
// PostgreSQL too, so a copy that lost its `closed` flag can admit a claim but never issue one.
import { afterAll, describe, expect, it } from "vitest";
import { claimCoupon } from "@/lib/coupons/claim";
import { closeEvent } from "@/lib/coupons/events";
import { liveState, loadState, rebuildState } from "@/lib/coupons/state";
import { db } from "@/lib/db";
import { DomainError, describeFailure } from "@/lib/errors";
import { redis } from "@/lib/redis";
import { redisKeys } from "@/lib/redis-keys";

afterAll(() => db.$disconnect());

const HOUR = 3_600_000;
const eventData = (window: { startsAt: Date; endsAt: Date; closedAt?: Date }) => ({
  title: "보호 테스트",
  discountType: "AMOUNT" as const,
  discountValue: 1000,
  totalQuantity: 5,
  validDays: 7,
  ...window,
});

async function openEvent(): Promise<number> {
  const event = await db.couponEvent.create({ data: eventData({ startsAt: new Date(Date.now() - 1000), endsAt: new Date(Date.now() + HOUR) }) });
  await rebuildState(event.id);
  return event.id;
}

async function newMember(): Promise<string> {
  const tag = Math.random().toString(36).slice(2, 10);
  return (await db.member.create({ data: { nickname: `보호${tag}`, nicknameKey: `보호${tag}` }, select: { id: true } })).id;
}

/** An id no event has, far above the sequence. */
const unusedId = () => 1_500_000_000 + Math.floor(Math.random() * 100_000_000);

const marketer = { kind: "marketer" as const, memberId: "unused" };

describe("unknown events", () => {
  it("are read from PostgreSQL once per window: a row written after the miss stays unknown until the create path loads it", async () => {
    const id = unusedId();
    expect(await liveState(id)).toBeNull();
    // Written behind the app's back: a second read of PostgreSQL would find it.
    await db.couponEvent.create({ data: { id, ...eventData({ startsAt: new Date(Date.now() - 1000), endsAt: new Date(Date.now() + HOUR) }) } });
    expect(await liveState(id)).toBeNull();
    // What createEvent does after writing the row: the event is found at once.
    expect(await loadState(id)).toBe(true);
    expect(await liveState(id)).toMatchObject({ status: "OPEN", remaining: 5 });
  });

  it("concurrent lookups of one unknown id all answer null, none waiting on another", async () => {
    const id = unusedId();
    const answers = await Promise.all(Array.from({ length: 20 }, () => liveState(id)));
    expect(answers.every((a) => a === null)).toBe(true);
    expect(await redis.exists(redisKeys.couponEvent(id).state)).toBe(0);
  });
});

describe("closed and ended events at the database", () => {
  it("refuses a coupon row of a closed, ended or not yet open event, and takes one inside the window", async () => {
    const member = await newMember();
    const now = Date.now();
    const closed = await db.couponEvent.create({ data: eventData({ startsAt: new Date(now - HOUR), endsAt: new Date(now + HOUR), closedAt: new Date(now - 1000) }) });
    const ended = await db.couponEvent.create({ data: eventData({ startsAt: new Date(now - 2 * HOUR), endsAt: new Date(now - HOUR) }) });
    const later = await db.couponEvent.create({ data: eventData({ startsAt: new Date(now + HOUR), endsAt: new Date(now + 2 * HOUR) }) });
    const open = await db.couponEvent.create({ data: eventData({ startsAt: new Date(now - HOUR), endsAt: new Date(now + HOUR) }) });
    const row = (eventId: number) => db.coupon.create({ data: { eventId, memberId: member, seq: 1, issuedAt: new Date(now), expiresAt: new Date(now + HOUR) } });
    await expect(row(closed.id)).rejects.toThrow(/is closed/);
    await expect(row(ended.id)).rejects.toThrow(/is closed/);
    await expect(row(later.id)).rejects.toThrow(/has not opened/);
    await expect(row(open.id)).resolves.toMatchObject({ eventId: open.id });
    expect(await db.coupon.count({ where: { eventId: { in: [closed.id, ended.id, later.id] } } })).toBe(0);
  });

  it("with Redis's closed flag lost after a close, a claim is refused, writes nothing, and the copy is closed again", async () => {
    const eventId = await openEvent();
    const member = await newMember();
    expect(await closeEvent(eventId, marketer)).toMatchObject({ id: eventId });
    const keys = redisKeys.couponEvent(eventId);
    await redis.hset(keys.state, { closed: "0" });
    await expect(claimCoupon(eventId, member, "198.51.100.1")).rejects.toMatchObject({ key: "EVENT_CLOSED" });
    expect(await db.coupon.count({ where: { eventId } })).toBe(0);
    expect(await redis.hget(keys.state, "closed")).toBe("1");
    // The slot went back: nothing counts as issued.
    expect((await liveState(eventId))!.issued).toBe(0);
    // Redis losing the event altogether: the rebuild reads closed_at.
    await redis.del(keys.state, keys.claimants, keys.freeSlots);
    await expect(claimCoupon(eventId, member, "198.51.100.1")).rejects.toMatchObject({ key: "EVENT_CLOSED" });
    expect(await db.coupon.count({ where: { eventId } })).toBe(0);
  });

  it("a close tells Redis before PostgreSQL: while its update waits, claims are already refused", async () => {
    const eventId = await openEvent();
    const member = await newMember();
    let closing: ReturnType<typeof closeEvent> | undefined;
    await db.$transaction(
      async (tx) => {
        // Holds the event row, so the close's UPDATE waits (a coupon insert's key-share check does not).
        await tx.$queryRaw`SELECT id FROM coupon_events WHERE id = ${eventId} FOR NO KEY UPDATE`;
        closing = closeEvent(eventId, marketer);
        const deadline = Date.now() + 4_000;
        while (!(await closeWaitsOnRow())) {
          if (Date.now() > deadline) throw new Error("the close never reached its PostgreSQL update");
        }
        expect(await redis.hget(redisKeys.couponEvent(eventId).state, "closed")).toBe("1");
        await expect(claimCoupon(eventId, member, "198.51.100.1")).rejects.toMatchObject({ key: "EVENT_CLOSED" });
        expect((await tx.couponEvent.findUniqueOrThrow({ where: { id: eventId } })).closedAt).toBeNull();
      },
      { timeout: 10_000 },
    );
    expect(await closing).toMatchObject({ id: eventId });
    expect(await db.coupon.count({ where: { eventId } })).toBe(0);
  });
});

describe("claim limits (counted by the claim script itself)", () => {
  /** An event not open yet: the limits are decided before the window, and nothing is written. */
  async function upcomingEvent(): Promise<number> {
    const event = await db.couponEvent.create({ data: eventData({ startsAt: new Date(Date.now() + HOUR), endsAt: new Date(Date.now() + 2 * HOUR) }) });
    await rebuildState(event.id);
    return event.id;
  }
  /** The refusal a claim met (a DomainError), or null if it was issued. */
  const outcome = (claim: Promise<unknown>): Promise<DomainError | null> => claim.then(() => null, (error: unknown) => (error instanceof DomainError ? error : Promise.reject(error)));
  const withKey = (outcomes: (DomainError | null)[], key: string) => outcomes.filter((o): o is DomainError => o?.key === key);

  it("one address cycling 800 accounts within seconds meets the per-address limit, with a Retry-After", async () => {
    const eventId = await upcomingEvent();
    const outcomes = await Promise.all(Array.from({ length: 800 }, (_, i) => outcome(claimCoupon(eventId, `cycle-${i}`, "198.51.100.23"))));
    const limited = withKey(outcomes, "TOO_FAST");
    // 600 in a 10-second window pass the wall (here: to be told NOT_OPEN): a whole office at the opening.
    expect(withKey(outcomes, "NOT_OPEN")).toHaveLength(600);
    expect(limited).toHaveLength(200);
    for (const error of limited) {
      expect(describeFailure(error)).toMatchObject({ status: 429, code: "RATE_LIMITED" });
      expect(describeFailure(error).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    }
    // Another address is not affected.
    await expect(claimCoupon(eventId, "cycle-0", "198.51.100.24")).rejects.toMatchObject({ key: "NOT_OPEN" });
  });

  it("one member pressing 40 times meets the per-member limit after 30; other members do not", async () => {
    const eventId = await upcomingEvent();
    const outcomes = await Promise.all(Array.from({ length: 40 }, () => outcome(claimCoupon(eventId, "presser", "198.51.100.30"))));
    expect(withKey(outcomes, "TOO_FAST")).toHaveLength(10);
    await expect(claimCoupon(eventId, "someone-else", "198.51.100.30")).rejects.toMatchObject({ key: "NOT_OPEN" });
  });
});

/** Whether an UPDATE of coupon_events is waiting for a row lock (the close, blocked by the test). */
async function closeWaitsOnRow(): Promise<boolean> {
  const [row] = await db.$queryRaw<[{ n: number }]>`
    SELECT count(*)::int AS n FROM pg_stat_activity
    WHERE wait_event_type = 'Lock' AND query ILIKE 'UPDATE%coupon_events%' AND datname = current_database()`;
  return row.n > 0;
}
