// 마이페이지 알림 over HTTP: GET /api/me/notifications pages newest first with a cursor, POST
// /api/me/notifications/read marks them read (idempotent) and the viewer's unread count follows;
// signed out is 401, another site's POST 403, a cursor we did not issue 400.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { clearRateLimits, closeData, count, sql } from "../support/data";
import { testEnv } from "../support/env";
import { createMembers, type TestMember } from "../support/members";

type Item = { id: string; read: boolean; createdAt: string; event: { id: number; title: string; discount: string } };
type Page = { items: Item[]; nextCursor: string | null };


const get = (path: string, headers: Record<string, string> = {}) => fetch(`${testEnv.appUrl}${path}`, { headers }).then(async (r) => ({ status: r.status, body: await r.json() }));
const markRead = (headers: Record<string, string> = {}) =>
  fetch(`${testEnv.appUrl}/api/me/notifications/read`, { method: "POST", headers }).then(async (r) => ({ status: r.status, body: await r.json() }));
const as = (member: TestMember, extra: Record<string, string> = {}) => ({ cookie: member.cookie, ...extra });
const unread = async (member: TestMember) => (await get("/api/me/viewer", as(member))).body.unreadNotifications as number;

/** `n` follower coupons the member was notified of, a minute apart (the last one newest). */
async function notified(member: TestMember, n: number): Promise<number[]> {
  const { rows } = await sql().query<{ id: number }>(
    `INSERT INTO coupon_events (title, discount_type, discount_value, total_quantity, starts_at, ends_at, valid_days, updated_at)
     SELECT '알림 테스트 ' || i, 'AMOUNT', 1000 * i, 10, now() + interval '1 hour', now() + interval '2 hours', 7, now() FROM generate_series(1, $1::int) i
     RETURNING id`,
    [n],
  );
  const ids = rows.map((r) => r.id).sort((a, b) => a - b);
  await sql().query(
    `INSERT INTO notifications (user_id, event_id, created_at) SELECT $1, id, now() - (($3::int - ord) * interval '1 minute') FROM unnest($2::int[]) WITH ORDINALITY AS e(id, ord)`,
    [member.id, ids, n],
  );
  return ids;
}

beforeEach(clearRateLimits);
afterAll(closeData);

describe("GET /api/me/notifications and POST /api/me/notifications/read", () => {
  it("signed out: 401 for both, nothing written", async () => {
    expect((await get("/api/me/notifications")).status).toBe(401);
    const answer = await markRead();
    expect(answer.status).toBe(401);
    expect(answer.body.error.code).toBeTruthy();
  });

  it("pages newest first, 20 at a time, with a cursor to the rest", async () => {
    const [member] = await createMembers(1, "notes");
    const events = await notified(member!, 25);
    const first = (await get("/api/me/notifications", as(member!))).body as Page;
    expect(first.items).toHaveLength(20);
    expect(first.items.map((i) => i.event.id)).toEqual(events.slice().reverse().slice(0, 20));
    expect(first.items[0]).toMatchObject({ read: false, event: { title: "알림 테스트 25", discount: "25,000원 할인" } });
    expect(first.nextCursor).toEqual(expect.any(String));

    const rest = (await get(`/api/me/notifications?cursor=${encodeURIComponent(first.nextCursor!)}`, as(member!))).body as Page;
    expect(rest.items.map((i) => i.event.id)).toEqual(events.slice(0, 5).reverse());
    expect(rest.nextCursor).toBeNull();

    // Another member sees none of them.
    const [other] = await createMembers(1, "notes");
    expect((await get("/api/me/notifications", as(other!))).body).toEqual({ items: [], nextCursor: null });
  });

  it("a cursor we did not issue is 400", async () => {
    const [member] = await createMembers(1, "notes");
    const forged = Buffer.from(JSON.stringify([Date.now(), "not-a-row"])).toString("base64url");
    for (const cursor of [forged, "garbage"]) {
      const answer = await get(`/api/me/notifications?cursor=${cursor}`, as(member!));
      expect(answer.status).toBe(400);
      expect(answer.body.error.fields.cursor).toBeDefined();
    }
  });

  it("marks every notification read, idempotently; the viewer's unread count follows", async () => {
    const [member] = await createMembers(1, "notes");
    await notified(member!, 3);
    expect(await unread(member!)).toBe(3);

    for (let i = 0; i < 2; i++) {
      const answer = await markRead(as(member!));
      expect(answer).toEqual({ status: 200, body: { unread: 0 } });
    }
    expect(await unread(member!)).toBe(0);
    const page = (await get("/api/me/notifications", as(member!))).body as Page;
    expect(page.items.every((i) => i.read)).toBe(true);
  });

  it("another site's POST is 403 and reads nothing", async () => {
    const [member] = await createMembers(1, "notes");
    await notified(member!, 1);
    const answer = await markRead(as(member!, { origin: "https://evil.example" }));
    expect(answer.status).toBe(403);
    expect(await count("notifications", "user_id = $1 AND read_at IS NULL", [member!.id])).toBe(1);
  });
});

