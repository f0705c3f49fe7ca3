// 작가 스튜디오's follower list against the real PostgreSQL: nickname search, both orders with
// cursors that neither skip nor repeat, the claimed-coupon flag, and removing a follower.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cursorParam } from "@/lib/cursor";
import { db } from "@/lib/db";
import { removeFollower, setFollow } from "@/lib/follows";
import { listFollowers, type FollowerSort } from "@/lib/studio";
import { newAtelier, newMembers, tag } from "@/scripts/test/fixtures";

let atelierId: number;
let prefix: string;
let all: { id: string; nickname: string }[];
beforeAll(async () => {
  atelierId = (await newAtelier()).id;
  prefix = tag();
  all = [...(await newMembers(7, prefix)), ...(await newMembers(3, `${tag()}_`))];
  for (const m of all) await setFollow(m.id, atelierId, true);
});
afterAll(() => db.$disconnect());

/** Every page of the list, following nextCursor. */
async function walk(sort: FollowerSort, q?: string) {
  const ids: string[] = [];
  let after: string | null | undefined;
  do {
    const page = await listFollowers(atelierId, { sort, q, take: 3, after: cursorParam.parse(after ?? undefined) });
    expect(page.items.length).toBeLessThanOrEqual(3);
    ids.push(...page.items.map((f) => f.memberId));
    after = page.nextCursor;
  } while (after);
  return ids;
}

/** The order the list promises: follow time, then member id, both newest first. */
async function expectedOrder() {
  const rows = await db.follow.findMany({ where: { atelierId }, orderBy: [{ createdAt: "desc" }, { memberId: "desc" }], select: { memberId: true } });
  return rows.map((r) => r.memberId);
}

describe("listFollowers", () => {
  it("pages newest and oldest first with cursors, every follower exactly once", async () => {
    const newest = await expectedOrder();
    expect(newest).toHaveLength(10);
    expect(await walk("newest")).toEqual(newest);
    expect(await walk("oldest")).toEqual([...newest].reverse());
  });

  it("finds followers by part of their nickname, case-insensitively, and counts only them", async () => {
    const page = await listFollowers(atelierId, { sort: "newest", q: prefix });
    expect(page.total).toBe(7);
    expect(page.items.map((f) => f.nickname).sort()).toEqual(all.slice(0, 7).map((m) => m.nickname).sort());
    expect(await walk("oldest", prefix.slice(1))).toHaveLength(7);
  });

  it("matches a typed % or _ literally", async () => {
    expect((await listFollowers(atelierId, { sort: "newest", q: "%" })).total).toBe(0);
    // Only the three "<tag>_<n>" nicknames hold an underscore.
    expect((await listFollowers(atelierId, { sort: "newest", q: "_" })).total).toBe(3);
  });

  it("marks followers who claimed a coupon of this atelier's events", async () => {
    const now = Date.now();
    const event = await db.couponEvent.create({
      data: { title: "팔로워 쿠폰", discountType: "AMOUNT", discountValue: 1000, totalQuantity: 5, startsAt: new Date(now - 1000), endsAt: new Date(now + 3_600_000), validDays: 7, atelierId },
    });
    await db.coupon.create({ data: { eventId: event.id, memberId: all[0]!.id, seq: 1, expiresAt: new Date(now + 86_400_000) } });
    const { items } = await listFollowers(atelierId, { sort: "newest", take: 50 });
    expect(items.filter((f) => f.claimedCoupon).map((f) => f.memberId)).toEqual([all[0]!.id]);
  });
});

describe("removing a follower", () => {
  it("takes them off the list and the count", async () => {
    const [gone] = await newMembers(1, `${prefix}끝`);
    await setFollow(gone!.id, atelierId, true);
    expect((await listFollowers(atelierId, { sort: "newest", q: prefix })).total).toBe(8);
    expect(await removeFollower(atelierId, gone!.id)).toBe(10);
    const after = await listFollowers(atelierId, { sort: "newest", q: prefix, take: 50 });
    expect(after.total).toBe(7);
    expect(after.items.map((f) => f.memberId)).not.toContain(gone!.id);
  });
});
