// 선착순 issuance through HTTP against two instances behind the balancer: the five invariants of
// the design doc under concurrency and with Redis losing the event's state mid-event. Members
// follow the waiting room as the event page does (claimUntilDecided: the same POST again at each
// Retry-After while answered 202); e2e/http/waiting-room.test.ts tests the room itself.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AppClient } from "../support/client";
import { claim, claimUntilDecided, createEvent, marketerClient, tally } from "../support/coupon-events";
import { DEMO_PASSWORD } from "../support/env";
import { clearRateLimits, closeData, count, redis, sql } from "../support/data";
import { createMembers, inParallel } from "../support/members";

const app = process.env.APP_URL!;
let marketer: AppClient;

beforeAll(async () => {
  marketer = await marketerClient();
});
beforeEach(clearRateLimits);
afterAll(closeData);

async function remaining(eventId: number): Promise<number> {
  return (await (await fetch(`${app}/api/coupon-events/${eventId}?live=1`)).json()).remaining;
}

async function assertInvariants(eventId: number, total: number, winners: string[]) {
  expect(await count("coupons", "event_id = $1", [eventId])).toBe(total);
  expect(await count("(SELECT user_id FROM coupons WHERE event_id = $1 GROUP BY user_id HAVING count(*) > 1) d", "true", [eventId])).toBe(0);
  expect(await count("coupons", "event_id = $1 AND (seq < 1 OR seq > $2)", [eventId, total])).toBe(0);
  // Every 201 has its row.
  const rows = await sql().query<{ id: string }>("SELECT id FROM coupons WHERE event_id = $1", [eventId]);
  const ids = new Set(rows.rows.map((r) => r.id));
  expect(winners.every((id) => ids.has(id))).toBe(true);
}

describe("선착순 issuance", () => {
  it("500 members, 100 coupons, all at once: exactly 100 × 201 and 400 × 410", async () => {
    const eventId = await createEvent(marketer);
    const members = await createMembers(500, "rush");
    const answers = await inParallel(members.map((m) => () => claimUntilDecided(m, eventId)), 500);
    expect(tally(answers)).toEqual({ 201: 100, 410: 400 });
    expect(answers.filter((a) => a.status === 410).every((a) => a.body.error.code === "SOLD_OUT")).toBe(true);
    await assertInvariants(eventId, 100, answers.flatMap((a) => (a.status === 201 ? [a.body.coupon.id] : [])));
    expect(await remaining(eventId)).toBe(0);
    const state = await redis().hget(`{coupon:${eventId}}:state`, "soldOutAt");
    expect(Number(state)).toBeGreaterThan(0);
  });

  it("one member firing 20 claims in parallel gets one coupon", async () => {
    const eventId = await createEvent(marketer, { totalQuantity: 10 });
    const [member] = await createMembers(1, "eager");
    const answers = await inParallel(Array.from({ length: 20 }, () => () => claim(member!, eventId)), 20);
    expect(tally(answers)).toEqual({ 201: 1, 409: 19 });
    expect(answers.find((a) => a.status === 409)!.body.error.code).toBe("ALREADY_CLAIMED");
    expect(await count("coupons", "event_id = $1", [eventId])).toBe(1);
    expect(await remaining(eventId)).toBe(9);
  });

  it("refuses claims before the opening (NOT_OPEN) and after closing", async () => {
    const later = Date.now() + 600_000;
    const eventId = await createEvent(marketer, { startsAt: new Date(later).toISOString(), endsAt: new Date(later + 3_600_000).toISOString() });
    const [member] = await createMembers(1, "early");
    const early = await claim(member!, eventId);
    expect(early.status).toBe(403);
    expect(early.body.error.code).toBe("NOT_OPEN");

    const open = await createEvent(marketer);
    expect((await marketer.json(`/api/admin/coupon-events/${open}/close`, "POST")).status).toBe(200);
    const late = await claim(member!, open);
    expect(late.status).toBe(403);
    expect(late.body.error.code).toBe("EVENT_CLOSED");
    expect(await count("coupons", "event_id IN ($1, $2)", [eventId, open])).toBe(0);
  });

  it("survives Redis losing the event mid-event: 100 rows exactly, no duplicates, no 500", async () => {
    const eventId = await createEvent(marketer);
    const members = await createMembers(300, "flush");
    const first = await inParallel(members.slice(0, 50).map((m) => () => claimUntilDecided(m, eventId)), 50);
    expect(tally(first)).toEqual({ 201: 50 });

    // Redis loses everything it knew about the event (its waiting line too), while claims keep coming.
    const keys = await redis().keys(`{coupon:${eventId}}:*`);
    const during = inParallel(members.slice(50).map((m) => () => claimUntilDecided(m, eventId)), 250);
    await redis().del(...keys);
    const rest = await during;
    // Some of the first 50 try again after the loss: the rebuilt state knows them.
    const again = await inParallel(members.slice(0, 20).map((m) => () => claim(m, eventId)), 20);

    const answers = [...first, ...rest];
    expect(answers.flatMap((a) => a.answers).some((a) => a.status >= 500)).toBe(false);
    expect(tally(answers)[201]).toBe(100);
    expect(again.every((a) => a.status === 409 || a.status === 410)).toBe(true);
    await assertInvariants(eventId, 100, answers.flatMap((a) => (a.status === 201 ? [a.body.coupon.id] : [])));
    expect(await remaining(eventId)).toBe(0);
  });

  it("answers the public state from Redis, and 404 for an unknown event", async () => {
    const eventId = await createEvent(marketer, { totalQuantity: 7 });
    const response = await (await fetch(`${app}/api/coupon-events/${eventId}`)).json();
    expect(response).toMatchObject({ status: "OPEN", remaining: 7, event: { id: eventId, totalQuantity: 7 } });
    expect(Math.abs(response.serverTime - Date.now())).toBeLessThan(5_000);
    expect((await fetch(`${app}/api/coupon-events/999999`)).status).toBe(404);
    expect((await fetch(`${app}/api/coupon-events/x1/claim`, { method: "POST" })).status).toBe(401);
  });
});

describe("marketer console API", () => {
  it("validates events with field messages and writes nothing on bad input", async () => {
    const before = await count("coupon_events");
    const now = Date.now();
    const bad = await marketer.json("/api/admin/coupon-events", "POST", {
      title: "",
      discountType: "PERCENT",
      discountValue: 150,
      maxDiscount: -1,
      minOrderAmount: -5,
      totalQuantity: 2_000_000,
      startsAt: new Date(now + 60_000).toISOString(),
      endsAt: new Date(now).toISOString(),
      validDays: 0,
    });
    expect(bad.status).toBe(400);
    const fields = (await bad.json()).error.fields;
    expect(Object.keys(fields).sort()).toEqual(["discountValue", "endsAt", "maxDiscount", "minOrderAmount", "title", "totalQuantity", "validDays"]);
    const logic = await marketer.json("/api/admin/coupon-events", "POST", {
      title: "할인율 초과",
      discountType: "PERCENT",
      discountValue: 95,
      minOrderAmount: 0,
      totalQuantity: 10,
      startsAt: new Date(now + 60_000).toISOString(),
      endsAt: new Date(now).toISOString(),
      validDays: 3,
    });
    expect(Object.keys((await logic.json()).error.fields).sort()).toEqual(["discountValue", "endsAt"]);
    expect(await count("coupon_events")).toBe(before);
  });

  it("edits until the event opens, then refuses; only marketers may", async () => {
    const later = Date.now() + 600_000;
    const body = {
      title: "수정 전",
      discountType: "AMOUNT",
      discountValue: 1000,
      minOrderAmount: 10000,
      totalQuantity: 5,
      startsAt: new Date(later).toISOString(),
      endsAt: new Date(later + 3_600_000).toISOString(),
      validDays: 7,
    };
    const eventId = await createEvent(marketer, body);
    const edited = await marketer.json(`/api/admin/coupon-events/${eventId}`, "PATCH", { ...body, title: "수정 후", totalQuantity: 8 });
    expect(edited.status).toBe(200);
    expect((await (await fetch(`${app}/api/coupon-events/${eventId}`)).json()).remaining).toBe(8);

    const started = await createEvent(marketer);
    const refused = await marketer.json(`/api/admin/coupon-events/${started}`, "PATCH", { ...body, title: "늦은 수정" });
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.code).toBe("EVENT_STARTED");

    const shopper = new AppClient();
    await shopper.login("shopper@example.com", DEMO_PASSWORD);
    expect((await shopper.json("/api/admin/coupon-events", "POST", body)).status).toBe(403);
    expect((await fetch(`${app}/api/admin/coupon-events`)).status).toBe(401);
  });

  it("reports the event and exports issued coupons without personal data", async () => {
    const eventId = await createEvent(marketer, { totalQuantity: 3 });
    const members = await createMembers(5, "report");
    await inParallel(members.map((m) => () => claim(m, eventId)));
    const live = await (await marketer.request(`/api/admin/coupon-events/${eventId}/live`)).json();
    expect(live.live).toMatchObject({ status: "SOLD_OUT", remaining: 0, issued: 3 });
    expect(live.report).toMatchObject({ issued: 3, claimants: 3, total: 3 });
    expect(live.report.sellOutMs).toBeGreaterThanOrEqual(0);
    const csv = await marketer.request(`/api/admin/coupon-events/${eventId}/coupons.csv`);
    const text = (await csv.text()).replace(/^\uFEFF/, "");
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toBe("순번,쿠폰 ID,발급 시각,만료 시각,사용 여부,할인 금액,주문 금액");
    expect(lines).toHaveLength(4);
    expect(members.some((m) => text.includes(m.id) || text.includes(m.nickname))).toBe(false);
  });
});

describe("follower-only events and 내 쿠폰", () => {
  it("an owner's event can be claimed by followers only", async () => {
    const owner = new AppClient();
    await owner.login("owner@example.com", DEMO_PASSWORD);
    const now = Date.now();
    const created = await owner.json("/api/studio/coupon-events", "POST", {
      title: "팔로워 감사 쿠폰",
      discountType: "PERCENT",
      discountValue: 10,
      maxDiscount: 5000,
      minOrderAmount: 0,
      totalQuantity: 20,
      startsAt: new Date(now).toISOString(),
      endsAt: new Date(now + 3_600_000).toISOString(),
      validDays: 7,
    });
    expect(created.status).toBe(201);
    const { id: eventId, atelierId } = (await created.json()).event;
    const tooBig = await owner.json("/api/studio/coupon-events", "POST", { title: "너무 큼", discountType: "AMOUNT", discountValue: 1000, minOrderAmount: 0, totalQuantity: 5000, startsAt: new Date(now).toISOString(), endsAt: new Date(now + 3_600_000).toISOString(), validDays: 7 });
    expect((await tooBig.json()).error.fields.totalQuantity).toBeDefined();

    const [fan, stranger] = await createMembers(2, "fol");
    await fetch(`${app}/api/ateliers/${atelierId}/follow`, { method: "PUT", headers: { cookie: fan!.cookie } });
    const refused = await claim(stranger!, eventId);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("NOT_FOLLOWER");
    expect((await claim(fan!, eventId)).status).toBe(201);
  });

  it("lists 내 쿠폰: usable ones expiring soonest first, with terms", async () => {
    const soon = await createEvent(marketer, { validDays: 3, totalQuantity: 5, title: "곧 만료" });
    const later = await createEvent(marketer, { validDays: 30, totalQuantity: 5, title: "나중 만료" });
    const [member] = await createMembers(1, "mine");
    await claim(member!, later);
    await claim(member!, soon);
    const list = await (await fetch(`${app}/api/me/coupons`, { headers: { cookie: member!.cookie } })).json();
    expect(list.items.map((c: { event: { title: string } }) => c.event.title)).toEqual(["곧 만료", "나중 만료"]);
    expect(list.items[0]).toMatchObject({ state: "usable", event: { discountType: "AMOUNT", discountValue: 3000, minOrderAmount: 20000 } });
    const expired = await (await fetch(`${app}/api/me/coupons?state=expired`, { headers: { cookie: member!.cookie } })).json();
    expect(expired.items).toEqual([]);
    expect((await fetch(`${app}/api/me/coupons?state=lost`, { headers: { cookie: member!.cookie } })).status).toBe(400);
  });
});
