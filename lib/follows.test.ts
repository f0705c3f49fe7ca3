// Follows against the real PostgreSQL: ateliers.follower_count == its follows rows, and the
// growth history records exactly the follows and unfollows that happened.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { followedAmong, removeAllFollows, removeFollower, setFollow } from "@/lib/follows";
import { newAtelier, newMembers } from "@/scripts/test/fixtures";

afterAll(() => db.$disconnect());

async function counts(atelierId: number) {
  const atelier = await db.atelier.findUniqueOrThrow({ where: { id: atelierId }, select: { followerCount: true } });
  const events = await db.followEvent.groupBy({ by: ["kind"], where: { atelierId }, _count: true });
  const logged = Object.fromEntries(events.map((e) => [e.kind, e._count]));
  return { counter: atelier.followerCount, rows: await db.follow.count({ where: { atelierId } }), follows: logged.FOLLOW ?? 0, unfollows: logged.UNFOLLOW ?? 0 };
}

describe("setFollow", () => {
  it("is idempotent, and only real changes reach the growth history", async () => {
    const atelier = await newAtelier();
    const [member] = await newMembers(1);
    expect(await setFollow(member!.id, atelier.id, true)).toEqual({ following: true, followerCount: 1 });
    expect(await setFollow(member!.id, atelier.id, true)).toEqual({ following: true, followerCount: 1 });
    expect(await setFollow(member!.id, atelier.id, false)).toEqual({ following: false, followerCount: 0 });
    expect(await setFollow(member!.id, atelier.id, false)).toEqual({ following: false, followerCount: 0 });
    expect(await counts(atelier.id)).toEqual({ counter: 0, rows: 0, follows: 1, unfollows: 1 });
  });

  it("refuses the owner's own atelier and unknown ateliers, writing nothing", async () => {
    const atelier = await newAtelier();
    await expect(setFollow(atelier.ownerId, atelier.id, true)).rejects.toMatchObject({ key: "OWN_ATELIER" });
    expect(await counts(atelier.id)).toEqual({ counter: 0, rows: 0, follows: 0, unfollows: 0 });
    const [member] = await newMembers(1);
    await expect(setFollow(member!.id, 2_000_000_000, true)).rejects.toMatchObject({ key: "ATELIER_NOT_FOUND" });
    await expect(setFollow(member!.id, 2_000_000_000, false)).rejects.toMatchObject({ key: "ATELIER_NOT_FOUND" });
    expect(await db.follow.count({ where: { memberId: member!.id } })).toBe(0);
  });

  it("keeps the count exact under concurrent toggles from many members and double clicks", async () => {
    const atelier = await newAtelier();
    const members = await newMembers(30);
    await Promise.all(
      members.map(async ({ id }, i) => {
        for (const following of [true, false, true, ...(i % 3 === 0 ? [false] : [])]) {
          await Promise.all([setFollow(id, atelier.id, following), setFollow(id, atelier.id, following)]);
        }
      }),
    );
    // 10 of the 30 end unfollowed; every member followed twice and the 10 unfollowed twice.
    expect(await counts(atelier.id)).toEqual({ counter: 20, rows: 20, follows: 60, unfollows: 40 });
    expect([...(await followedAmong(members[1]!.id, [atelier.id, atelier.id + 1_000_000]))]).toEqual([atelier.id]);
  });
});

describe("removeFollower", () => {
  it("drops the row and the count together; NOT_A_FOLLOWER when they were not following", async () => {
    const atelier = await newAtelier();
    const [follower, other] = await newMembers(2);
    await setFollow(follower!.id, atelier.id, true);
    await setFollow(other!.id, atelier.id, true);
    expect(await removeFollower(atelier.id, follower!.id)).toBe(1);
    await expect(removeFollower(atelier.id, follower!.id)).rejects.toMatchObject({ key: "NOT_A_FOLLOWER" });
    expect(await counts(atelier.id)).toEqual({ counter: 1, rows: 1, follows: 2, unfollows: 1 });
  });
});

describe("removeAllFollows", () => {
  it("removes every follow of one member, each counter moving with its row, and no one else's", async () => {
    const ateliers = await Promise.all([newAtelier(), newAtelier()]);
    const [leaving, staying] = await newMembers(2);
    for (const a of ateliers) {
      await setFollow(leaving!.id, a.id, true);
      await setFollow(staying!.id, a.id, true);
    }
    await db.$transaction((tx) => removeAllFollows(tx, leaving!.id));
    for (const a of ateliers) expect(await counts(a.id)).toEqual({ counter: 1, rows: 1, follows: 2, unfollows: 1 });
    expect(await db.follow.count({ where: { memberId: leaving!.id } })).toBe(0);
    expect(await db.follow.count({ where: { memberId: staying!.id } })).toBe(2);
  });
});
