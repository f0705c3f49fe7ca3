// 오픈 알림 toggles over HTTP, through the balancer to two instances: PUT/DELETE are idempotent
// under concurrency, the viewer answer shows the state, and refusals (signed out, unknown or not
// upcoming event, too late, another site) write nothing. And the dead-letter view is marketers' only.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AppClient } from "../support/client";
import { createEvent, marketerClient } from "../support/coupon-events";
import { clearRateLimits, closeData, count, sql } from "../support/data";
import { testEnv } from "../support/env";
import { createMembers, inParallel, type TestMember } from "../support/members";

const LEAD_MS = Number(process.env.COUPON_REMINDER_LEAD_SECONDS) * 1000;
const HOUR = 3_600_000;
const path = (eventId: number | string) => `/api/coupon-events/${eventId}/reminder`;

const send = (method: "PUT" | "DELETE", eventId: number | string, headers: Record<string, string> = {}) =>
  fetch(`${testEnv.appUrl}${path(eventId)}`, { method, headers }).then(async (r) => ({ status: r.status, body: await r.json() }));
const as = (member: TestMember, extra: Record<string, string> = {}) => ({ cookie: member.cookie, ...extra });
const rows = (eventId: number) => count("reminder_subscriptions", "event_id = $1", [eventId]);

/** Fresh members with an address each (the reminder is a mail). */
async function mailable(n: number, prefix: string): Promise<TestMember[]> {
  const members = await createMembers(n, prefix);
  await sql().query("UPDATE members SET email = id || '@example.com' WHERE id = ANY($1)", [members.map((m) => m.id)]);
  return members;
}

/** An event opening `msFromNow` from now. */
const upcoming = (msFromNow: number) => {
  const startsAt = Date.now() + msFromNow;
  return createEvent(marketer, { startsAt: new Date(startsAt).toISOString(), endsAt: new Date(startsAt + HOUR).toISOString() });
};

let marketer: AppClient;
beforeAll(async () => {
  marketer = await marketerClient();
});
beforeEach(clearRateLimits);
afterAll(closeData);

describe("PUT/DELETE /api/coupon-events/[id]/reminder", () => {
  it("is idempotent: 20 parallel PUTs make one subscription, DELETEs remove it, the viewer follows", async () => {
    const eventId = await upcoming(HOUR);
    const [member] = await mailable(1, "remind");
    const puts = await inParallel(Array.from({ length: 20 }, () => () => send("PUT", eventId, as(member!))));
    expect(puts.every((r) => r.status === 200 && r.body.subscribed === true)).toBe(true);
    expect(await rows(eventId)).toBe(1);

    const viewer = async () => (await (await fetch(`${testEnv.appUrl}/api/me/viewer?events=${eventId}`, { headers: as(member!) })).json()).reminderEventIds;
    expect(await viewer()).toEqual([eventId]);

    const deletes = await inParallel(Array.from({ length: 5 }, () => () => send("DELETE", eventId, as(member!))));
    expect(deletes.every((r) => r.status === 200 && r.body.subscribed === false)).toBe(true);
    expect(await rows(eventId)).toBe(0);
    expect(await viewer()).toEqual([]);
  });

  it("signed out: 401, nothing written", async () => {
    const eventId = await upcoming(HOUR);
    for (const method of ["PUT", "DELETE"] as const) {
      const answer = await send(method, eventId);
      expect(answer.status).toBe(401);
      expect(answer.body.error.code).toBe("UNAUTHORIZED");
    }
    expect(await rows(eventId)).toBe(0);
  });

  it("an unknown or malformed event id: 404, nothing written", async () => {
    const [member] = await createMembers(1, "remind404");
    for (const id of ["2000000000", "abc", "0", "1e3"]) {
      const answer = await send("PUT", id, as(member!));
      expect(answer.status).toBe(404);
      expect(answer.body.error.code).toBe("NOT_FOUND");
    }
    expect(await count("reminder_subscriptions", "user_id = $1", [member!.id])).toBe(0);
  });

  it("an event that is open or closed: 409 EVENT_NOT_UPCOMING; inside the lead: 409 REMINDER_TOO_LATE; nothing written", async () => {
    const [member] = await mailable(1, "remind409");
    const open = await createEvent(marketer); // opens now
    const notUpcoming = await send("PUT", open, as(member!));
    expect(notUpcoming).toMatchObject({ status: 409, body: { error: { code: "EVENT_NOT_UPCOMING" } } });

    const closing = await upcoming(HOUR);
    // Before it opens an event is cancelled, not closed (close answers 409 EVENT_NOT_OPEN then).
    expect((await marketer.json(`/api/admin/coupon-events/${closing}/cancel`, "POST")).status).toBe(200);
    expect((await send("PUT", closing, as(member!))).body.error.code).toBe("EVENT_NOT_UPCOMING");

    const soon = await upcoming(LEAD_MS / 2);
    const late = await send("PUT", soon, as(member!));
    expect(late).toMatchObject({ status: 409, body: { error: { code: "REMINDER_TOO_LATE" } } });
    expect(late.body.error.message).toContain("곧 열려요");
    expect(await count("reminder_subscriptions", "user_id = $1", [member!.id])).toBe(0);

    // Saying no is never refused: DELETE on an open event is 200.
    expect(await send("DELETE", open, as(member!))).toMatchObject({ status: 200, body: { subscribed: false } });
  });

  it("a member without an email address (Kakao): 409 REMINDER_NO_EMAIL, nothing written", async () => {
    const eventId = await upcoming(HOUR);
    const [member] = await createMembers(1, "remindnomail");
    const answer = await send("PUT", eventId, as(member!));
    expect(answer).toMatchObject({ status: 409, body: { error: { code: "REMINDER_NO_EMAIL" } } });
    expect(await rows(eventId)).toBe(0);
  });

  it("a request from another site: 403, nothing written", async () => {
    const eventId = await upcoming(HOUR);
    const [member] = await mailable(1, "remindcsrf");
    const answer = await send("PUT", eventId, as(member!, { origin: "https://evil.example" }));
    expect(answer.status).toBe(403);
    expect(await rows(eventId)).toBe(0);
  });
});

describe("/admin/jobs (메일 발송 실패)", () => {
  it("is for marketers: a visitor goes to login, a shopper is refused, a marketer reads it", async () => {
    const visitor = await fetch(`${testEnv.appUrl}/admin/jobs`, { redirect: "manual" });
    expect(visitor.status).toBe(307);
    expect(visitor.headers.get("location")).toMatch(/\/login\?callbackUrl=%2Fadmin%2Fjobs/);

    const [shopper] = await createMembers(1, "deadmail");
    expect((await fetch(`${testEnv.appUrl}/admin/jobs`, { headers: as(shopper!), redirect: "manual" })).status).toBe(403);

    const page = await marketer.request("/admin/jobs");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("메일 발송 실패");
    expect(html).toMatch(/보내지 못한 메일이 없어요|<table/);
  });
});
