// The claim's recovery paths, against the real PostgreSQL and Redis (through the gateway):
// what happens when Redis's copy and PostgreSQL disagree, as they may right after a rebuild.
import { afterAll, describe, expect, it } from "vitest";
import { claimCoupon } from "@/lib/coupons/claim";
import { liveState, rebuildState } from "@/lib/coupons/state";
import { db } from "@/lib/db";
import { redis } from "@/lib/redis";
import { redisKeys } from "@/lib/redis-keys";

afterAll(() => db.$disconnect());

async function newEvent(totalQuantity: number) {
  const now = Date.now();
  const event = await db.couponEvent.create({
    data: { title: "복구 테스트", discountType: "AMOUNT", discountValue: 1000, totalQuantity, startsAt: new Date(now - 1000), endsAt: new Date(now + 3_600_000), validDays: 7 },
  });
  await rebuildState(event.id);
  return event.id;
}

async function newMembers(n: number) {
  const tag = Math.random().toString(36).slice(2, 8);
  return Promise.all(
    Array.from({ length: n }, (_, i) => db.member.create({ data: { nickname: `복구${tag}${i}`, nicknameKey: `복구${tag}${i}` }, select: { id: true } }).then((m) => m.id)),
  );
}

/** A row Redis does not know about: what an in-flight write that lost a race with a rebuild leaves. */
const sneakRow = (eventId: number, memberId: string, seq: number) =>
  db.coupon.create({ data: { eventId, memberId, seq, expiresAt: new Date(Date.now() + 86_400_000) } });

describe("claim recovery", () => {
  it("a slot already written takes the next slot instead", async () => {
    const eventId = await newEvent(3);
    const [ghost, shopper] = await newMembers(2);
    await sneakRow(eventId, ghost!, 1);
    expect(await claimCoupon(eventId, shopper!, "198.51.100.1")).toMatchObject({ status: "ISSUED", coupon: { seq: 2 } });
    expect(await db.coupon.count({ where: { eventId } })).toBe(2);
  });

  it("a member whose row Redis forgot is told ALREADY_CLAIMED and the slot goes back", async () => {
    const eventId = await newEvent(3);
    const [member] = await newMembers(1);
    await sneakRow(eventId, member!, 3);
    const before = await liveState(eventId);
    await expect(claimCoupon(eventId, member!, "198.51.100.1")).rejects.toMatchObject({ key: "ALREADY_CLAIMED" });
    expect((await liveState(eventId))!.remaining).toBe(before!.remaining);
    // …and Redis now knows them: the next attempt is refused by the script alone.
    expect(await redis.sismember(redisKeys.couponEvent(eventId).claimants, member!)).toBe(1);
  });

  it("when the last slot turns out to be taken, the claim is sold out and nothing is promised", async () => {
    const eventId = await newEvent(1);
    const [ghost, late] = await newMembers(2);
    await sneakRow(eventId, ghost!, 1);
    await expect(claimCoupon(eventId, late!, "198.51.100.1")).rejects.toMatchObject({ key: "SOLD_OUT" });
    expect(await redis.sismember(redisKeys.couponEvent(eventId).claimants, late!)).toBe(0);
    expect(await db.coupon.count({ where: { eventId } })).toBe(1);
  });

  it("a rebuild restores claimants, the highest slot and the gaps below it", async () => {
    const eventId = await newEvent(10);
    const members = await newMembers(3);
    await sneakRow(eventId, members[0]!, 2);
    await sneakRow(eventId, members[1]!, 5);
    const keys = redisKeys.couponEvent(eventId);
    await redis.del(keys.state, keys.claimants, keys.freeSlots);
    expect(await rebuildState(eventId)).toBe(true);
    expect(await redis.hget(keys.state, "next")).toBe("5");
    expect(await redis.lrange(keys.freeSlots, 0, -1)).toEqual(["1", "3", "4"]);
    expect((await liveState(eventId))!.remaining).toBe(8);
    await expect(claimCoupon(eventId, members[1]!, "198.51.100.1")).rejects.toMatchObject({ key: "ALREADY_CLAIMED" });
    expect(await claimCoupon(eventId, members[2]!, "198.51.100.1")).toMatchObject({ status: "ISSUED", coupon: { seq: 1 } });
  });

  it("unknown events are not found", async () => {
    const [member] = await newMembers(1);
    await expect(claimCoupon(2_000_000_000, member!, "198.51.100.1")).rejects.toMatchObject({ key: "EVENT_NOT_FOUND" });
  });
});
