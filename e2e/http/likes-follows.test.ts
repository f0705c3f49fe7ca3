// 찜 and follow through HTTP against two instances: idempotent endpoints and counts that equal
// the rows under concurrency.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { AppClient } from "../support/client";
import { clearRateLimits, closeData, count, sql } from "../support/data";
import { DEMO_PASSWORD } from "../support/env";
import { createMembers, inParallel, sessionCookie, type TestMember } from "../support/members";

beforeEach(clearRateLimits);
afterAll(closeData);

const app = process.env.APP_URL!;
const send = (member: TestMember, method: "PUT" | "DELETE", path: string) =>
  fetch(`${app}${path}`, { method, headers: { cookie: member.cookie } }).then(async (r) => ({ status: r.status, body: await r.json() }));

/** The counter and the rows it counts, read in one statement (one snapshot). */
async function counts(kind: "like" | "follow", id: number) {
  const query =
    kind === "like"
      ? "SELECT like_count AS counter, (SELECT count(*)::int FROM likes WHERE product_id = $1) AS rows FROM products WHERE id = $1"
      : "SELECT follower_count AS counter, (SELECT count(*)::int FROM follows WHERE atelier_id = $1) AS rows FROM ateliers WHERE id = $1";
  const { rows } = await sql().query<{ counter: number; rows: number }>(query, [id]);
  return { counter: rows[0]!.counter, rows: rows[0]!.rows };
}

describe.each([
  { kind: "like" as const, id: 7, path: "/api/products/7/like", on: "liked", n: "likeCount" },
  { kind: "follow" as const, id: 9, path: "/api/ateliers/9/follow", on: "following", n: "followerCount" },
])("$kind counts stay exact", ({ kind, id, path, on, n }) => {
  it("200 members × 5 parallel PUTs, then half of them DELETE in parallel", async () => {
    const members = await createMembers(200, kind);
    const before = await counts(kind, id);
    expect(before.counter).toBe(before.rows);

    const puts = await inParallel(members.flatMap((m) => Array.from({ length: 5 }, () => () => send(m, "PUT", path))));
    expect(puts.every((r) => r.status === 200 && r.body[on] === true)).toBe(true);
    const afterPut = await counts(kind, id);
    expect(afterPut).toEqual({ counter: before.rows + 200, rows: before.rows + 200 });

    const deletes = await inParallel(members.slice(0, 100).flatMap((m) => Array.from({ length: 3 }, () => () => send(m, "DELETE", path))));
    expect(deletes.every((r) => r.status === 200 && r.body[on] === false)).toBe(true);
    const afterDelete = await counts(kind, id);
    expect(afterDelete).toEqual({ counter: before.rows + 100, rows: before.rows + 100 });
    // Every answer carried an exact count that existed at some moment.
    expect(Math.max(...puts.map((r) => r.body[n]))).toBe(before.rows + 200);
  });

  it("one member firing PUT and DELETE alternately 50 times in parallel ends consistent", async () => {
    const [member] = await createMembers(1, `${kind}alt`);
    const before = await counts(kind, id);
    await inParallel(Array.from({ length: 50 }, (_, i) => () => send(member!, i % 2 ? "DELETE" : "PUT", path)));
    const after = await counts(kind, id);
    const hasRow =
      kind === "like"
        ? await count("likes", "product_id = $1 AND user_id = $2", [id, member!.id])
        : await count("follows", "atelier_id = $1 AND user_id = $2", [id, member!.id]);
    expect(after.counter).toBe(after.rows);
    expect(after.rows).toBe(before.rows + hasRow);
  });
});

describe("endpoint contract", () => {
  it("is idempotent and answers the state and the exact count", async () => {
    const [member] = await createMembers(1, "idem");
    const first = await send(member!, "PUT", "/api/products/11/like");
    const second = await send(member!, "PUT", "/api/products/11/like");
    expect(first.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(first.body.likeCount).toBe((await counts("like", 11)).rows);
    const off = await send(member!, "DELETE", "/api/products/11/like");
    const offAgain = await send(member!, "DELETE", "/api/products/11/like");
    expect(off.body).toEqual({ liked: false, likeCount: first.body.likeCount - 1 });
    expect(offAgain.body).toEqual(off.body);
  });

  it("401 for visitors, 404 for unknown targets, 400 for following your own atelier", async () => {
    expect((await fetch(`${app}/api/products/1/like`, { method: "PUT" })).status).toBe(401);
    expect((await fetch(`${app}/api/ateliers/1/follow`, { method: "DELETE" })).status).toBe(401);
    const [member] = await createMembers(1, "nf");
    for (const path of ["/api/products/999999/like", "/api/products/abc/like", "/api/ateliers/999999/follow", "/api/ateliers/-1/follow"]) {
      const answer = await send(member!, "PUT", path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.error.code).toBe("NOT_FOUND");
    }
    const owner = new AppClient();
    await owner.login("owner@example.com", DEMO_PASSWORD);
    const ownId = (await sql().query("SELECT a.id FROM ateliers a JOIN members m ON m.id = a.owner_id WHERE m.email = 'owner@example.com'")).rows[0].id;
    const own = await owner.request(`/api/ateliers/${ownId}/follow`, { method: "PUT" });
    expect(own.status).toBe(400);
    expect((await own.json()).error.code).toBe("OWN_ATELIER");
  });

  it("lists 찜한 작품 and 팔로우하는 작가 newest first with a cursor", async () => {
    const [member] = await createMembers(1, "list");
    for (const productId of [21, 22, 23, 24, 25]) {
      await send(member!, "PUT", `/api/products/${productId}/like`);
      await new Promise((r) => setTimeout(r, 5));
    }
    const cookie = await sessionCookie(member!);
    const page = async (cursor?: string) =>
      (await fetch(`${app}/api/me/likes?${cursor ? `cursor=${cursor}` : ""}`, { headers: { cookie } })).json() as Promise<{ items: { id: number }[]; nextCursor: string | null }>;
    const all = await page();
    expect(all.items.map((i) => i.id)).toEqual([25, 24, 23, 22, 21]);
    expect(all.nextCursor).toBeNull();
    const bad = await fetch(`${app}/api/me/likes?cursor=not-a-cursor`, { headers: { cookie } });
    expect(bad.status).toBe(400);
  });
});
