import "server-only";
import { z } from "zod";
import { likePattern } from "@/lib/catalog";
import { toCsv } from "@/lib/csv";
import { pageOf, type Cursor, type Page } from "@/lib/cursor";
import { db } from "@/lib/db";

export type FollowerSort = "newest" | "oldest";
export type Follower = { memberId: string; nickname: string; image: string | null; followedAt: string; claimedCoupon: boolean };

/** The follower search (`q`), for the list and its CSV alike: the CSV holds what the list shows. */
export const followerSearchParam = z.string().trim().max(50, "검색어는 50자까지 입력할 수 있어요.").optional();

type Row = { member_id: string; nickname: string; image: string | null; followed_at: Date; claimed: boolean };

/**
 * An atelier's followers, newest or oldest first, optionally filtered by nickname, with whether
 * each has claimed a coupon of this atelier's events. No emails: owners see nicknames only.
 */
export async function listFollowers(atelierId: number, opts: { q?: string; sort: FollowerSort; after?: Cursor; take?: number }): Promise<Page<Follower> & { total: number }> {
  const take = opts.take ?? 30;
  const pattern = opts.q ? likePattern(opts.q) : null;
  const desc = opts.sort === "newest";
  const afterAt = opts.after?.at ?? null;
  const afterId = opts.after?.id ?? "";
  const rows = await db.$queryRaw<Row[]>`
    SELECT f.user_id AS member_id, m.nickname, m.image, f.created_at AS followed_at,
           EXISTS (SELECT 1 FROM coupons c JOIN coupon_events e ON e.id = c.event_id
                   WHERE e.atelier_id = ${atelierId} AND c.user_id = f.user_id) AS claimed
    FROM follows f JOIN members m ON m.id = f.user_id
    WHERE f.atelier_id = ${atelierId}
      AND (${pattern}::text IS NULL OR m.nickname ILIKE ${pattern})
      AND (${afterAt}::timestamp IS NULL OR (
            CASE WHEN ${desc} THEN (f.created_at, f.user_id) < (${afterAt}::timestamp, ${afterId})
                 ELSE (f.created_at, f.user_id) > (${afterAt}::timestamp, ${afterId}) END))
    ORDER BY CASE WHEN ${desc} THEN f.created_at END DESC, CASE WHEN ${desc} THEN f.user_id END DESC,
             CASE WHEN NOT ${desc} THEN f.created_at END ASC, CASE WHEN NOT ${desc} THEN f.user_id END ASC
    LIMIT ${take + 1}`;
  const [{ total }] = await db.$queryRaw<[{ total: number }]>`
    SELECT count(*)::int AS total FROM follows f JOIN members m ON m.id = f.user_id
    WHERE f.atelier_id = ${atelierId} AND (${pattern}::text IS NULL OR m.nickname ILIKE ${pattern})`;
  const page = pageOf(
    rows,
    take,
    (r) => ({ memberId: r.member_id, nickname: r.nickname, image: r.image, followedAt: r.followed_at.toISOString(), claimedCoupon: r.claimed }),
    (r) => ({ at: r.followed_at, id: r.member_id }),
  );
  return { ...page, total };
}

export type GrowthDay = { day: string; follows: number; unfollows: number; net: number };

/** Follows, unfollows and net growth per day (Korea time) for the last `days` days, oldest first. */
export async function followerGrowth(atelierId: number, days: number): Promise<GrowthDay[]> {
  const rows = await db.$queryRaw<{ day: string; follows: number; unfollows: number }[]>`
    WITH days AS (
      SELECT generate_series((now() AT TIME ZONE 'Asia/Seoul')::date - ${days - 1}::int, (now() AT TIME ZONE 'Asia/Seoul')::date, interval '1 day')::date AS day)
    SELECT to_char(d.day, 'YYYY-MM-DD') AS day,
           count(e.id) FILTER (WHERE e.kind = 'FOLLOW')::int AS follows,
           count(e.id) FILTER (WHERE e.kind = 'UNFOLLOW')::int AS unfollows
    FROM days d
    LEFT JOIN follow_events e ON e.atelier_id = ${atelierId} AND (e.at AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Seoul')::date = d.day
    GROUP BY d.day ORDER BY d.day`;
  return rows.map((r) => ({ ...r, net: r.follows - r.unfollows }));
}

/**
 * The followers as CSV for Excel: UTF-8 with a BOM (or Excel garbles Korean), nickname and
 * follow date only, optionally only those whose nickname matches `q`. Cells that a spreadsheet
 * would run as a formula are defused.
 */
export async function followersCsv(atelierId: number, opts: { q?: string } = {}): Promise<string> {
  // The same nickname filter as listFollowers: a searched list downloads as it is shown.
  const pattern = opts.q ? likePattern(opts.q) : null;
  const rows = await db.$queryRaw<{ nickname: string; day: string }[]>`
    SELECT m.nickname, to_char(f.created_at AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Seoul', 'YYYY-MM-DD HH24:MI') AS day
    FROM follows f JOIN members m ON m.id = f.user_id
    WHERE f.atelier_id = ${atelierId} AND (${pattern}::text IS NULL OR m.nickname ILIKE ${pattern}) ORDER BY f.created_at DESC, f.user_id DESC`;
  return toCsv(["닉네임", "팔로우한 날짜"], rows.map((r) => [r.nickname, r.day]));
}
