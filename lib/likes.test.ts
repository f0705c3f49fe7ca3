// 찜 against the real PostgreSQL: the invariant is products.like_count == its likes rows,
// whatever the order, repetition or concurrency of the toggles.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { likedAmong, removeAllLikes, setLike } from "@/lib/likes";
import { newAtelier, newCategory, newMembers, newProducts, tag } from "@/scripts/test/fixtures";

let productIds: number[];
beforeAll(async () => {
  const atelier = await newAtelier();
  const category = await newCategory();
  productIds = await newProducts(atelier.id, category.childId, [{ title: `${tag()} 찻잔` }, { title: `${tag()} 접시` }, { title: `${tag()} 화병` }]);
});
afterAll(() => db.$disconnect());

/** The counter and the rows it must equal. */
async function counts(productId: number) {
  const product = await db.product.findUniqueOrThrow({ where: { id: productId }, select: { likeCount: true } });
  return { counter: product.likeCount, rows: await db.like.count({ where: { productId } }) };
}

describe("setLike", () => {
  it("is idempotent: a second 찜 or un-찜 changes nothing", async () => {
    const productId = productIds[0]!;
    const [member] = await newMembers(1);
    expect(await setLike(member!.id, productId, true)).toEqual({ liked: true, likeCount: 1 });
    expect(await setLike(member!.id, productId, true)).toEqual({ liked: true, likeCount: 1 });
    expect(await counts(productId)).toEqual({ counter: 1, rows: 1 });
    expect(await setLike(member!.id, productId, false)).toEqual({ liked: false, likeCount: 0 });
    expect(await setLike(member!.id, productId, false)).toEqual({ liked: false, likeCount: 0 });
    expect(await counts(productId)).toEqual({ counter: 0, rows: 0 });
  });

  it("refuses a product that does not exist, and writes nothing", async () => {
    const [member] = await newMembers(1);
    await expect(setLike(member!.id, 2_000_000_000, true)).rejects.toMatchObject({ key: "PRODUCT_NOT_FOUND" });
    expect(await db.like.count({ where: { memberId: member!.id } })).toBe(0);
  });

  it("keeps the count exact under concurrent toggles from many members and double clicks", async () => {
    const productId = productIds[1]!;
    const members = await newMembers(30);
    // Every member sets, unsets and sets again, each step sent twice at once (a double click);
    // the even members finish by unsetting. 15 likes must remain, whatever the interleaving.
    await Promise.all(
      members.map(async ({ id }, i) => {
        for (const liked of [true, false, true, ...(i % 2 === 0 ? [false] : [])]) {
          await Promise.all([setLike(id, productId, liked), setLike(id, productId, liked)]);
        }
      }),
    );
    expect(await counts(productId)).toEqual({ counter: 15, rows: 15 });
    const liked = await likedAmong(members[1]!.id, productIds);
    expect([...liked]).toEqual([productId]);
  });
});

describe("removeAllLikes", () => {
  it("removes every like of one member, each counter moving with its row, and no one else's", async () => {
    const [leaving, staying] = await newMembers(2);
    for (const productId of productIds) {
      await setLike(leaving!.id, productId, true);
      await setLike(staying!.id, productId, true);
    }
    const before = await Promise.all(productIds.map(counts));
    await db.$transaction((tx) => removeAllLikes(tx, leaving!.id));
    const after = await Promise.all(productIds.map(counts));
    after.forEach((c, i) => {
      expect(c.counter).toBe(c.rows);
      expect(c.rows).toBe(before[i]!.rows - 1);
    });
    expect(await db.like.count({ where: { memberId: leaving!.id } })).toBe(0);
    expect(await db.like.count({ where: { memberId: staying!.id } })).toBe(productIds.length);
  });
});
