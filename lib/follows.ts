import "server-only";
import { atelierCardSelect, type AtelierCardData } from "@/lib/catalog";
import { pageOf, type Cursor, type Page } from "@/lib/cursor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

type FollowState = { following: boolean; followerCount: number };

type Row = { found: boolean; own: boolean; changed: number | null; current: number | null };

/**
 * Sets whether a member follows an atelier; idempotent. Invariant: ateliers.follower_count
 * equals the number of follows rows of the atelier. One statement inserts (or deletes) the row,
 * moves the counter by exactly the rows it touched, and appends to the growth history, so any
 * concurrency keeps count == rows. Owners cannot follow their own atelier (OWN_ATELIER);
 * ATELIER_NOT_FOUND when there is no such atelier.
 */
export async function setFollow(memberId: string, atelierId: number, following: boolean): Promise<FollowState> {
  const [row] = following
    ? await db.$queryRaw<Row[]>`
        WITH target AS (SELECT id, owner_id FROM ateliers WHERE id = ${atelierId}),
        inserted AS (
          INSERT INTO follows (user_id, atelier_id) SELECT ${memberId}, id FROM target WHERE owner_id <> ${memberId}
          ON CONFLICT DO NOTHING RETURNING atelier_id),
        counted AS (
          UPDATE ateliers SET follower_count = follower_count + 1
          WHERE id IN (SELECT atelier_id FROM inserted) RETURNING follower_count),
        logged AS (INSERT INTO follow_events (atelier_id, kind) SELECT atelier_id, 'FOLLOW'::"FollowEventKind" FROM inserted)
        SELECT EXISTS (SELECT 1 FROM target) AS found,
               EXISTS (SELECT 1 FROM target WHERE owner_id = ${memberId}) AS own,
               (SELECT follower_count FROM counted) AS changed,
               (SELECT follower_count FROM ateliers WHERE id = ${atelierId}) AS current`
    : await unfollowReturning(memberId, atelierId);
  if (!row?.found) throw new DomainError("ATELIER_NOT_FOUND");
  if (row.own) throw new DomainError("OWN_ATELIER");
  return { following, followerCount: row.changed ?? row.current ?? 0 };
}

function unfollowReturning(memberId: string, atelierId: number) {
  return db.$queryRaw<Row[]>`
    WITH deleted AS (
      DELETE FROM follows WHERE user_id = ${memberId} AND atelier_id = ${atelierId} RETURNING atelier_id),
    counted AS (
      UPDATE ateliers SET follower_count = follower_count - 1
      WHERE id IN (SELECT atelier_id FROM deleted) RETURNING follower_count),
    logged AS (INSERT INTO follow_events (atelier_id, kind) SELECT atelier_id, 'UNFOLLOW'::"FollowEventKind" FROM deleted)
    SELECT EXISTS (SELECT 1 FROM ateliers WHERE id = ${atelierId}) AS found,
           false AS own,
           (SELECT follower_count FROM counted) AS changed,
           (SELECT follower_count FROM ateliers WHERE id = ${atelierId}) AS current`;
}

/**
 * An owner removes a follower: the same statement as the follower unfollowing, so the count
 * drops with the row. The follower is not told. The new count; NOT_A_FOLLOWER if they were not following.
 */
export async function removeFollower(atelierId: number, memberId: string): Promise<number> {
  const [row] = await unfollowReturning(memberId, atelierId);
  if (row?.changed == null) throw new DomainError("NOT_A_FOLLOWER");
  return row.changed;
}

/** Removes every follow of a member (account deletion) inside the caller's transaction. */
export async function removeAllFollows(tx: Prisma.TransactionClient, memberId: string): Promise<void> {
  await tx.$executeRaw`
    WITH deleted AS (DELETE FROM follows WHERE user_id = ${memberId} RETURNING atelier_id),
    logged AS (INSERT INTO follow_events (atelier_id, kind) SELECT atelier_id, 'UNFOLLOW'::"FollowEventKind" FROM deleted)
    UPDATE ateliers SET follower_count = follower_count - 1 WHERE id IN (SELECT atelier_id FROM deleted)`;
}

/** Whether the member follows the atelier (follower-only coupon events). */
export async function isFollowing(memberId: string, atelierId: number): Promise<boolean> {
  return (await db.follow.count({ where: { memberId: memberId, atelierId } })) > 0;
}

/** Which of these ateliers the member follows (for buttons on a list). */
export async function followedAmong(memberId: string | undefined, atelierIds: number[]): Promise<Set<number>> {
  if (!memberId || atelierIds.length === 0) return new Set();
  const rows = await db.follow.findMany({ where: { memberId: memberId, atelierId: { in: atelierIds } }, select: { atelierId: true } });
  return new Set(rows.map((r) => r.atelierId));
}

export type FollowedAtelier = AtelierCardData & { followedAt: string };

/** 팔로우하는 작가, newest first. */
export async function listFollows(memberId: string, after: Cursor | undefined, take = 24): Promise<Page<FollowedAtelier>> {
  const rows = await db.follow.findMany({
    where: {
      memberId: memberId,
      ...(after ? { OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, atelierId: { lt: Number(after.id) || 0 } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { atelierId: "desc" }],
    take: take + 1,
    select: { createdAt: true, atelierId: true, atelier: { select: atelierCardSelect } },
  });
  return pageOf(rows, take, (r) => ({ ...r.atelier, followedAt: r.createdAt.toISOString() }), (r) => ({ at: r.createdAt, id: String(r.atelierId) }));
}

export async function countFollows(memberId: string): Promise<number> {
  return db.follow.count({ where: { memberId: memberId } });
}
