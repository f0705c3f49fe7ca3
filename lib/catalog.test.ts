// The catalog's lists against the real PostgreSQL (seed data and this file's own rows):
// Korean partial-word search, the three sorts, and lenient, clamped pagination.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCategoryPage, normalizeQuery, PAGE_SIZE, searchCatalog } from "@/lib/catalog";
import { setLike } from "@/lib/likes";
import { newAtelier, newCategory, newMembers, newProducts, tag } from "@/scripts/test/fixtures";

afterAll(() => db.$disconnect());

describe("searchCatalog", () => {
  let word: string;
  let mugs: number[];
  beforeAll(async () => {
    word = tag();
    const atelier = await newAtelier();
    const category = await newCategory();
    mugs = await newProducts(atelier.id, category.childId, [{ title: `${word} 백자 머그컵` }, { title: `${word} 분청 머그잔` }, { title: `${word} 찻잔` }]);
  });

  it("finds part of a Korean word: 머그 finds 머그컵", async () => {
    const result = await searchCatalog(`${word} 백자 머그`, "1");
    expect(result.products.map((p) => p.id)).toEqual([mugs[0]]);
    const spaced = await searchCatalog(normalizeQuery(`  ${word}   분청 머그`), "1");
    expect(spaced.products.map((p) => p.id)).toEqual([mugs[1]]);
    const seeded = await searchCatalog("머그", "1");
    expect(seeded.total).toBeGreaterThan(2);
    expect(seeded.products.some((p) => p.title.includes("머그컵"))).toBe(true);
  });

  it("finds every title holding the word, counted exactly", async () => {
    const result = await searchCatalog(word, "1");
    expect(result.total).toBe(3);
    expect(result.products.map((p) => p.id).sort()).toEqual([...mugs].sort());
  });

  it("reads decomposed Hangul (as macOS sends it) as the same word", async () => {
    const decomposed = `${word} 찻잔`.normalize("NFD");
    expect(decomposed).not.toBe(`${word} 찻잔`);
    const result = await searchCatalog(normalizeQuery(decomposed), "1");
    expect(result.products.map((p) => p.id)).toEqual([mugs[2]]);
  });

  it("matches a typed % or _ literally instead of as a wildcard", async () => {
    expect((await searchCatalog("%", "1")).total).toBe(0);
    expect((await searchCatalog(`${word}_`, "1")).total).toBe(0);
  });
});

describe("getCategoryPage", () => {
  let slugs: { top: string; child: string };
  let ids: number[];
  const prices = [30_000, 12_000, 45_000, 12_000, 8_000];
  beforeAll(async () => {
    const atelier = await newAtelier();
    const category = await newCategory();
    slugs = category;
    const base = Date.now() - 86_400_000;
    // Enough for two pages: PAGE_SIZE + 3 products, the first five with distinct prices.
    ids = await newProducts(
      atelier.id,
      category.childId,
      Array.from({ length: PAGE_SIZE + 3 }, (_, i) => ({ title: `${tag()} 작품 ${i}`, price: prices[i] ?? 50_000 + i, createdAt: new Date(base + i * 60_000) })),
    );
    // Likes through the real toggle: product 2 gets three, product 4 one.
    const members = await newMembers(3);
    for (const m of members) await setLike(m.id, ids[2]!, true);
    await setLike(members[0]!.id, ids[4]!, true);
  });

  it("sorts by popularity (the default, and for an unknown sort), newest and lowest price", async () => {
    const popular = await getCategoryPage(slugs.child, undefined, undefined);
    expect(popular!.sort).toBe("popular");
    expect(popular!.products.slice(0, 2).map((p) => p.id)).toEqual([ids[2], ids[4]]);
    expect((await getCategoryPage(slugs.child, "cheapest-first", "1"))!.sort).toBe("popular");

    const newest = await getCategoryPage(slugs.child, "newest", "1");
    expect(newest!.products[0]!.id).toBe(ids.at(-1));

    const cheap = await getCategoryPage(slugs.child, "price_asc", "1");
    const pricesShown = cheap!.products.map((p) => p.price);
    expect(pricesShown.slice(0, 3)).toEqual([8_000, 12_000, 12_000]);
    expect(pricesShown).toEqual([...pricesShown].sort((a, b) => a - b));
    // Equal prices keep a stable order (id), so paging never repeats or skips one.
    expect(cheap!.products.slice(1, 3).map((p) => p.id)).toEqual([ids[1], ids[3]]);
  });

  it("pages by PAGE_SIZE, every product exactly once, and clamps what the URL says", async () => {
    const first = await getCategoryPage(slugs.child, "newest", "1");
    const second = await getCategoryPage(slugs.child, "newest", "2");
    expect(first).toMatchObject({ total: PAGE_SIZE + 3, page: 1, lastPage: 2 });
    expect(first!.products).toHaveLength(PAGE_SIZE);
    expect(second!.products).toHaveLength(3);
    expect([...first!.products, ...second!.products].map((p) => p.id).sort((a, b) => a - b)).toEqual(ids);
    expect((await getCategoryPage(slugs.child, "newest", "99"))!.page).toBe(2);
    expect((await getCategoryPage(slugs.child, "newest", "-1"))!.page).toBe(1);
    expect((await getCategoryPage(slugs.child, "newest", "abc"))!.page).toBe(1);
  });

  it("a top category lists its sub-categories' products; an unknown slug is null", async () => {
    const top = await getCategoryPage(slugs.top, "newest", "1");
    expect(top).toMatchObject({ total: PAGE_SIZE + 3, parent: null, category: { slug: slugs.top } });
    expect(top!.siblings.map((s) => s.slug)).toEqual([slugs.child]);
    expect(await getCategoryPage("no-such-category", "newest", "1")).toBeNull();
  });
});
