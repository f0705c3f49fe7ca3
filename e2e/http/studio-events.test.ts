// An owner's event console over HTTP (/api/studio/coupon-events/[id]/…, /studio/coupon-events/[id]):
// the same routes and rules as the marketer's, scoped to the owner's own atelier. Another owner's
// event and a marketer's event are 404 (not revealed), a shopper and a marketer 403, signed out
// 401; a refusal writes nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AppClient } from "../support/client";
import { clearRateLimits, closeData, count, sql } from "../support/data";
import { DEMO_PASSWORD, testEnv } from "../support/env";
import { postEvent } from "../support/event-console";

type Who = "visitor" | "shopper" | "owner" | "otherOwner" | "marketer";
const clients = {} as Record<Who, AppClient>;

const STUDIO = "/api/studio/coupon-events";
const HOUR = 3_600_000;
/** An event opening in an hour, as the console's form sends it. */
const upcomingBody = (overrides: Record<string, unknown> = {}) => ({
  startsAt: new Date(Date.now() + HOUR).toISOString(),
  endsAt: new Date(Date.now() + 2 * HOUR).toISOString(),
  totalQuantity: 50,
  ...overrides,
});
/** The owner's follower coupon, open now unless `upcoming`; its id. */
const ownerEvent = async (upcoming = false) => (await postEvent(clients.owner, upcoming ? upcomingBody() : { totalQuantity: 50 }, STUDIO)).id;
const liveStatus = async (id: number) => (await (await fetch(`${testEnv.appUrl}/api/coupon-events/${id}?live=1`)).json()).status;
const unchanged = async (id: number) => count("coupon_events", "id = $1 AND closed_at IS NULL AND title = '테스트 선착순 쿠폰'", [id]);

beforeAll(async () => {
  await clearRateLimits();
  const other = await sql().query("SELECT m.email FROM members m JOIN ateliers a ON a.owner_id = m.id WHERE m.email LIKE 'owner.%' ORDER BY a.id LIMIT 1");
  const emails: Record<Exclude<Who, "visitor">, string> = {
    shopper: "shopper12@example.com",
    owner: "owner@example.com",
    otherOwner: other.rows[0].email,
    marketer: "marketer@example.com",
  };
  clients.visitor = new AppClient();
  for (const [who, email] of Object.entries(emails) as [Who, string][]) {
    clients[who] = new AppClient();
    await clients[who].login(email, DEMO_PASSWORD);
  }
});
beforeEach(clearRateLimits);
afterAll(closeData);

/** Every console route on one event, each with a body that would succeed for its owner. */
const ROUTES = [
  { name: "read", method: "GET", path: (id: number) => `${STUDIO}/${id}` },
  { name: "edit", method: "PATCH", path: (id: number) => `${STUDIO}/${id}`, body: { title: "남의 이벤트 수정", discountType: "AMOUNT", discountValue: 1000, minOrderAmount: 0, validDays: 7, ...upcomingBody() } },
  { name: "cancel", method: "POST", path: (id: number) => `${STUDIO}/${id}/cancel` },
  { name: "close", method: "POST", path: (id: number) => `${STUDIO}/${id}/close` },
  { name: "live", method: "GET", path: (id: number) => `${STUDIO}/${id}/live` },
  { name: "CSV", method: "GET", path: (id: number) => `${STUDIO}/${id}/coupons.csv` },
];

describe("who may touch an owner's event", () => {
  it.each(ROUTES)("$method $name: signed out 401, a shopper and a marketer 403, another owner 404; the event is untouched", async (route) => {
    const id = await ownerEvent(true);
    const expected: [Who, number, string][] = [
      ["visitor", 401, "UNAUTHORIZED"],
      ["shopper", 403, "FORBIDDEN"],
      ["marketer", 403, "FORBIDDEN"],
      ["otherOwner", 404, "NOT_FOUND"],
    ];
    for (const [who, status, code] of expected) {
      const answer = await clients[who].json(route.path(id), route.method, route.body);
      expect(answer.status, who).toBe(status);
      expect((await answer.json()).error.code, who).toBe(code);
    }
    expect(await unchanged(id)).toBe(1);
    expect(await liveStatus(id)).toBe("SCHEDULED");
  });

  it.each(ROUTES)("$method $name of a marketer's event at the studio is 404 for an owner, and the event is untouched", async (route) => {
    const marketerEvent = (await postEvent(clients.marketer, upcomingBody())).id;
    const answer = await clients.owner.json(route.path(marketerEvent), route.method, route.body);
    expect(answer.status).toBe(404);
    expect((await answer.json()).error.code).toBe("NOT_FOUND");
    expect(await unchanged(marketerEvent)).toBe(1);
  });

  it("the marketer's console refuses an owner (403) even for the owner's own event", async () => {
    const id = await ownerEvent(true);
    for (const path of [`/api/admin/coupon-events/${id}`, `/api/admin/coupon-events/${id}/live`]) {
      expect((await clients.owner.request(path)).status).toBe(403);
    }
    expect((await clients.owner.json(`/api/admin/coupon-events/${id}/cancel`, "POST")).status).toBe(403);
    expect(await unchanged(id)).toBe(1);
  });

  it("an unknown or malformed id is 404, never 500", async () => {
    for (const id of ["999999999", "abc", "1.5"]) {
      expect((await clients.owner.request(`${STUDIO}/${id}`)).status, id).toBe(404);
      expect((await clients.owner.json(`${STUDIO}/${id}/cancel`, "POST")).status, id).toBe(404);
    }
  });

  it("the console page: the owner sees it, another owner gets the not-found page, a shopper 403, signed out goes to login", async () => {
    const id = await ownerEvent(true);
    const path = `/studio/coupon-events/${id}`;
    const own = await clients.owner.request(path);
    expect(own.status).toBe(200);
    expect(await own.text()).toContain("실시간 현황");
    const other = await clients.otherOwner.request(path);
    expect(other.status).toBe(404);
    expect(await other.text()).not.toContain("실시간 현황");
    expect((await clients.shopper.request(path)).status).toBe(403);
    const visitor = await clients.visitor.request(path);
    expect(visitor.status).toBeGreaterThanOrEqual(300);
    expect(visitor.status).toBeLessThan(400);
    expect(visitor.headers.get("location")).toContain("/login");
  });
});

describe("the owner's own event follows the marketer's rules", () => {
  it("edit before opening: 200 with the new terms; over the owner's limits 400 with fields, nothing written", async () => {
    const id = await ownerEvent(true);
    const edit = (overrides: Record<string, unknown>) =>
      clients.owner.json(`${STUDIO}/${id}`, "PATCH", { title: "고친 팔로워 쿠폰", discountType: "AMOUNT", discountValue: 2000, minOrderAmount: 10000, validDays: 7, ...upcomingBody(overrides) });
    const tooMany = await edit({ totalQuantity: 5_000 });
    expect(tooMany.status).toBe(400);
    expect((await tooMany.json()).error.fields).toHaveProperty("totalQuantity");
    expect(await unchanged(id)).toBe(1);
    const answer = await edit({});
    expect(answer.status).toBe(200);
    expect((await answer.json()).event).toMatchObject({ id, title: "고친 팔로워 쿠폰", discountValue: 2000 });
  });

  it("edit after opening: 409 EVENT_STARTED, nothing written", async () => {
    const id = await ownerEvent();
    const answer = await clients.owner.json(`${STUDIO}/${id}`, "PATCH", { title: "늦은 수정", discountType: "AMOUNT", discountValue: 1000, minOrderAmount: 0, validDays: 7, ...upcomingBody() });
    expect(answer.status).toBe(409);
    expect((await answer.json()).error.code).toBe("EVENT_STARTED");
    expect(await unchanged(id)).toBe(1);
  });

  it("cancel before opening: 200, idempotent, the live status CANCELED; 조기 종료 before opening is 409 EVENT_NOT_OPEN", async () => {
    const id = await ownerEvent(true);
    const close = await clients.owner.json(`${STUDIO}/${id}/close`, "POST");
    expect(close.status).toBe(409);
    expect((await close.json()).error.code).toBe("EVENT_NOT_OPEN");
    const first = await clients.owner.json(`${STUDIO}/${id}/cancel`, "POST");
    expect(first.status).toBe(200);
    const { event } = await first.json();
    expect(event.closedAt).not.toBeNull();
    const again = await clients.owner.json(`${STUDIO}/${id}/cancel`, "POST");
    expect(again.status).toBe(200);
    expect((await again.json()).event.closedAt).toBe(event.closedAt);
    await expect.poll(() => liveStatus(id), { timeout: 5_000 }).toBe("CANCELED");
  });

  it("after opening: cancel is 409 EVENT_STARTED; 조기 종료 is 200 and the event CLOSED; again 409 EVENT_CLOSED", async () => {
    const id = await ownerEvent();
    const cancel = await clients.owner.json(`${STUDIO}/${id}/cancel`, "POST");
    expect(cancel.status).toBe(409);
    expect((await cancel.json()).error.code).toBe("EVENT_STARTED");
    expect(await unchanged(id)).toBe(1);
    expect((await clients.owner.json(`${STUDIO}/${id}/close`, "POST")).status).toBe(200);
    await expect.poll(() => liveStatus(id), { timeout: 5_000 }).toBe("CLOSED");
    const again = await clients.owner.json(`${STUDIO}/${id}/close`, "POST");
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe("EVENT_CLOSED");
  });

  it("live and CSV: the snapshot of the event, and a CSV download with its header row", async () => {
    const id = await ownerEvent();
    const live = await clients.owner.request(`${STUDIO}/${id}/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toMatchObject({ live: { status: "OPEN", total: 50 }, report: { issued: 0, total: 50 } });
    const csv = await clients.owner.request(`${STUDIO}/${id}/coupons.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.headers.get("content-disposition")).toContain(`coupon-event-${id}.csv`);
    expect(await csv.text()).toContain("순번,쿠폰 ID,발급 시각,만료 시각,사용 여부");
  });
});
