import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { type Prisma } from "@/lib/generated/prisma/client";

/** What a shopper can sort a product list by, with the label the UI shows. */
export const PRODUCT_SORTS = {
  popular: "인기순",
  newest: "최신순",
  price_asc: "낮은 가격순",
} as const;
export type ProductSort = keyof typeof PRODUCT_SORTS;

export const PAGE_SIZE = 24;
/** Longer queries are cut, not refused: nobody types 100 characters into a shop search. */
const MAX_QUERY_LENGTH = 100;

export const productCardSelect = {
  id: true,
  title: true,
  price: true,
  originalPrice: true,
  images: true,
  likeCount: true,
  atelier: { select: { id: true, name: true } },
} satisfies Prisma.ProductSelect;
export type ProductCardData = Prisma.ProductGetPayload<{ select: typeof productCardSelect }>;

export const atelierCardSelect = {
  id: true,
  name: true,
  tagline: true,
  location: true,
  profileImage: true,
  followerCount: true,
} satisfies Prisma.AtelierSelect;
export type AtelierCardData = Prisma.AtelierGetPayload<{ select: typeof atelierCardSelect }>;

const ORDER_BY: Record<ProductSort, Prisma.ProductOrderByWithRelationInput[]> = {
  popular: [{ likeCount: "desc" }, { id: "desc" }],
  newest: [{ createdAt: "desc" }, { id: "desc" }],
  price_asc: [{ price: "asc" }, { id: "asc" }],
};

function parseSort(value: unknown): ProductSort {
  return typeof value === "string" && Object.hasOwn(PRODUCT_SORTS, value) ? (value as ProductSort) : "popular";
}

/** A page number from the URL, clamped to 1..lastPage (garbage → 1). */
function clampPage(value: unknown, total: number): { page: number; lastPage: number } {
  const lastPage = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const parsed = typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : 1;
  return { page: Math.min(Math.max(parsed, 1), lastPage), lastPage };
}

type CategoryNode = { id: number; slug: string; name: string; children: { id: number; slug: string; name: string }[] };

/** The category tree, top categories in display order. Read once per request. */
export const getCategoryTree = cache(async (): Promise<CategoryNode[]> => {
  const rows = await db.category.findMany({ orderBy: [{ sortOrder: "asc" }, { id: "asc" }] });
  return rows
    .filter((c) => c.parentId === null)
    .map((top) => ({
      id: top.id,
      slug: top.slug,
      name: top.name,
      children: rows.filter((c) => c.parentId === top.id).map(({ id, slug, name }) => ({ id, slug, name })),
    }));
});

type CategoryPage = {
  category: { id: number; slug: string; name: string };
  parent: { slug: string; name: string } | null;
  siblings: { slug: string; name: string }[];
  products: ProductCardData[];
  total: number;
  page: number;
  lastPage: number;
  sort: ProductSort;
};

/** A category's products (including its sub-categories'), sorted and paginated. */
export async function getCategoryPage(slug: string, rawSort: unknown, rawPage: unknown): Promise<CategoryPage | null> {
  const tree = await getCategoryTree();
  const top = tree.find((t) => t.slug === slug || t.children.some((c) => c.slug === slug));
  if (!top) return null;
  const child = top.children.find((c) => c.slug === slug);
  const categoryIds = child ? [child.id] : [top.id, ...top.children.map((c) => c.id)];
  return {
    category: child ?? { id: top.id, slug: top.slug, name: top.name },
    parent: child ? { slug: top.slug, name: top.name } : null,
    siblings: top.children.map(({ slug, name }) => ({ slug, name })),
    ...(await productPage({ categoryId: { in: categoryIds } }, rawSort, rawPage)),
  };
}

export const getProduct = cache(async (id: number) => {
  return db.product.findUnique({
    where: { id },
    include: {
      atelier: { select: atelierCardSelect },
      category: { select: { slug: true, name: true, parent: { select: { slug: true, name: true } } } },
    },
  });
});

export async function getMoreFromAtelier(atelierId: number, exceptProductId: number): Promise<ProductCardData[]> {
  return db.product.findMany({
    where: { atelierId, id: { not: exceptProductId } },
    orderBy: ORDER_BY.popular,
    take: 4,
    select: productCardSelect,
  });
}

export const getAtelier = cache(async (id: number) => {
  return db.atelier.findUnique({ where: { id } });
});

export function getAtelierProducts(atelierId: number, rawSort: unknown, rawPage: unknown) {
  return productPage({ atelierId }, rawSort, rawPage);
}

/** One page of a product list: the URL's sort and page read leniently, the page clamped. */
async function productPage(where: Prisma.ProductWhereInput, rawSort: unknown, rawPage: unknown) {
  const sort = parseSort(rawSort);
  const total = await db.product.count({ where });
  const { page, lastPage } = clampPage(rawPage, total);
  const products = await db.product.findMany({
    where,
    orderBy: ORDER_BY[sort],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: productCardSelect,
  });
  return { products, total, page, lastPage, sort };
}

export async function getPopularProducts(take: number): Promise<ProductCardData[]> {
  return db.product.findMany({ orderBy: ORDER_BY.popular, take, select: productCardSelect });
}

export async function getNewProducts(take: number): Promise<ProductCardData[]> {
  return db.product.findMany({ orderBy: ORDER_BY.newest, take, select: productCardSelect });
}

export async function getPopularAteliers(take: number): Promise<AtelierCardData[]> {
  return db.atelier.findMany({ orderBy: [{ followerCount: "desc" }, { id: "asc" }], take, select: atelierCardSelect });
}

/** Rows fetched by id, put back in the order a ranked id query returned. */
function inOrder<T extends { id: number }>(order: { id: number }[], rows: T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return order.flatMap(({ id }) => byId.get(id) ?? []);
}

/** Escapes LIKE wildcards so a shopper's "%" or "_" is matched literally. */
export function likePattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Normalizes what the search box sent: trimmed, NFC (macOS sends decomposed Hangul), capped. */
export function normalizeQuery(raw: unknown): string {
  if (typeof raw !== "string") return "";
  return raw.normalize("NFC").trim().replace(/\s+/g, " ").slice(0, MAX_QUERY_LENGTH);
}

/**
 * Products whose title, atelier or category contains the query, and ateliers whose name
 * does. Partial Korean words match (머그 → 머그컵): ILIKE over pg_trgm GIN indexes.
 * Exact title hits come first, then trigram similarity, then popularity.
 */
export async function searchCatalog(query: string, rawPage: unknown) {
  const pattern = likePattern(query);
  const [{ total }] = await db.$queryRaw<[{ total: number }]>`
    SELECT count(*)::int AS total FROM products p
    WHERE p.title ILIKE ${pattern}
       OR p.atelier_id IN (SELECT id FROM ateliers WHERE name ILIKE ${pattern})
       OR p.category_id IN (SELECT id FROM categories WHERE name ILIKE ${pattern})`;
  const { page, lastPage } = clampPage(rawPage, total);
  const ids = await db.$queryRaw<{ id: number }[]>`
    SELECT p.id FROM products p
    WHERE p.title ILIKE ${pattern}
       OR p.atelier_id IN (SELECT id FROM ateliers WHERE name ILIKE ${pattern})
       OR p.category_id IN (SELECT id FROM categories WHERE name ILIKE ${pattern})
    ORDER BY (p.title ILIKE ${pattern}) DESC, similarity(p.title, ${query}) DESC, p.like_count DESC, p.id DESC
    LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;
  const atelierIds = await db.$queryRaw<{ id: number }[]>`
    SELECT id FROM ateliers WHERE name ILIKE ${pattern}
    ORDER BY follower_count DESC, id ASC LIMIT 6`;
  const [productRows, atelierRows] = await Promise.all([
    db.product.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: productCardSelect }),
    db.atelier.findMany({ where: { id: { in: atelierIds.map((r) => r.id) } }, select: atelierCardSelect }),
  ]);
  return { products: inOrder(ids, productRows), ateliers: inOrder(atelierIds, atelierRows), total, page, lastPage };
}

export const ATELIER_SORTS = { followers: "팔로워순", newest: "신규 공방순" } as const;
export type AtelierSort = keyof typeof ATELIER_SORTS;

/** Every atelier, by follower count (the exact counter) or newest first, paginated. */
export async function listAteliers(rawSort: unknown, rawPage: unknown) {
  const sort: AtelierSort = rawSort === "newest" ? "newest" : "followers";
  const total = await db.atelier.count();
  const { page, lastPage } = clampPage(rawPage, total);
  const ateliers = await db.atelier.findMany({
    orderBy: sort === "followers" ? [{ followerCount: "desc" }, { id: "asc" }] : [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: atelierCardSelect,
  });
  return { ateliers, total, page, lastPage, sort };
}
