import "server-only";
import { productCardSelect, type ProductCardData } from "@/lib/catalog";
import { pageOf, type Cursor, type Page } from "@/lib/cursor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

type LikeState = { liked: boolean; likeCount: number };

type Row = { found: boolean; changed: number | null; current: number | null };

/**
 * Sets whether a member likes a product; idempotent. Invariant: products.like_count equals the
 * number of likes rows of the product. One SQL statement inserts (or deletes) the row and moves
 * the counter by exactly the rows it touched, so double clicks, retries and any number of
 * concurrent members keep count == rows. PRODUCT_NOT_FOUND when the product does not exist.
 */
export async function setLike(memberId: string, productId: number, liked: boolean): Promise<LikeState> {
  const [row] = liked
    ? await db.$queryRaw<Row[]>`
        WITH target AS (SELECT id FROM products WHERE id = ${productId}),
        inserted AS (
          INSERT INTO likes (user_id, product_id) SELECT ${memberId}, id FROM target
          ON CONFLICT DO NOTHING RETURNING product_id),
        counted AS (
          UPDATE products SET like_count = like_count + 1
          WHERE id IN (SELECT product_id FROM inserted) RETURNING like_count)
        SELECT EXISTS (SELECT 1 FROM target) AS found,
               (SELECT like_count FROM counted) AS changed,
               (SELECT like_count FROM products WHERE id = ${productId}) AS current`
    : await db.$queryRaw<Row[]>`
        WITH deleted AS (
          DELETE FROM likes WHERE user_id = ${memberId} AND product_id = ${productId} RETURNING product_id),
        counted AS (
          UPDATE products SET like_count = like_count - 1
          WHERE id IN (SELECT product_id FROM deleted) RETURNING like_count)
        SELECT EXISTS (SELECT 1 FROM products WHERE id = ${productId}) AS found,
               (SELECT like_count FROM counted) AS changed,
               (SELECT like_count FROM products WHERE id = ${productId}) AS current`;
  if (!row?.found) throw new DomainError("PRODUCT_NOT_FOUND");
  return { liked, likeCount: row.changed ?? row.current ?? 0 };
}

/**
 * Removes every like of a member (account deletion), each product's counter moving with its
 * row, inside the caller's transaction.
 */
export async function removeAllLikes(tx: Prisma.TransactionClient, memberId: string): Promise<void> {
  await tx.$executeRaw`
    WITH deleted AS (DELETE FROM likes WHERE user_id = ${memberId} RETURNING product_id)
    UPDATE products SET like_count = like_count - 1 WHERE id IN (SELECT product_id FROM deleted)`;
}

/** Which of these products the member likes (for hearts on a list). */
export async function likedAmong(memberId: string | undefined, productIds: number[]): Promise<Set<number>> {
  if (!memberId || productIds.length === 0) return new Set();
  const rows = await db.like.findMany({ where: { memberId: memberId, productId: { in: productIds } }, select: { productId: true } });
  return new Set(rows.map((r) => r.productId));
}

export type LikedProduct = ProductCardData & { likedAt: string };

/** 찜한 작품, newest first, 24 a page. */
export async function listLikes(memberId: string, after: Cursor | undefined, take = 24): Promise<Page<LikedProduct>> {
  const rows = await db.like.findMany({
    where: {
      memberId: memberId,
      ...(after ? { OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, productId: { lt: Number(after.id) || 0 } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { productId: "desc" }],
    take: take + 1,
    select: { createdAt: true, productId: true, product: { select: productCardSelect } },
  });
  return pageOf(rows, take, (r) => ({ ...r.product, likedAt: r.createdAt.toISOString() }), (r) => ({ at: r.createdAt, id: String(r.productId) }));
}

export async function countLikes(memberId: string): Promise<number> {
  return db.like.count({ where: { memberId: memberId } });
}
