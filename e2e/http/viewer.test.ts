// Public pages are the same for everyone; the viewer's own state comes from GET /api/me/viewer.
// The live event state is one shared answer a balancer may keep for a second.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AppClient } from "../support/client";
import { claim, createEvent, marketerClient } from "../support/coupon-events";
import { clearRateLimits, closeData } from "../support/data";
import { createMembers, type TestMember } from "../support/members";

const app = process.env.APP_URL!;

let marketer: AppClient;
let member: TestMember;
let eventId: number;

beforeAll(async () => {
  marketer = await marketerClient();
  [member] = (await createMembers(1, "viewer")) as [TestMember];
  eventId = await createEvent(marketer, { totalQuantity: 5 });
  const send = (method: string, path: string) => fetch(`${app}${path}`, { method, headers: { cookie: member.cookie } });
  expect((await send("PUT", "/api/products/5/like")).status).toBe(200);
  expect((await send("PUT", "/api/ateliers/4/follow")).status).toBe(200);
  expect((await claim(member, eventId)).status).toBe(201);
});
beforeEach(clearRateLimits);
afterAll(closeData);

const viewer = (query: string, cookie?: string) => fetch(`${app}/api/me/viewer${query}`, { headers: cookie ? { cookie } : {} });

describe("GET /api/me/viewer", () => {
  it("answers a visitor who is not signed in with no member and nothing theirs (200, never cached)", async () => {
    const response = await viewer("?products=5,6&ateliers=4&events=1");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(await response.json()).toEqual({ member: null, likedProductIds: [], followedAtelierIds: [], coupons: [], reminderEventIds: [], cartCount: 0, unreadNotifications: 0 });
  });

  it("answers a member with who they are and their 찜, follows and coupons among the asked ids", async () => {
    const response = await viewer(`?products=5,6,7&ateliers=3,4&events=${eventId},1`, member.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const body = await response.json();
    expect(body.member).toEqual({ nickname: member.nickname, isMarketer: false, atelierId: null });
    expect(body.likedProductIds).toEqual([5]);
    expect(body.followedAtelierIds).toEqual([4]);
    expect(body.coupons).toEqual([{ eventId, seq: 1, expiresAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]);
    // Only what was asked: the same member, other ids.
    const others = await (await viewer("?products=6&ateliers=3", member.cookie)).json();
    expect(others).toMatchObject({ likedProductIds: [], followedAtelierIds: [], coupons: [] });
  });

  it("with no ids still says who is looking (the header's menu)", async () => {
    const body = await (await viewer("", member.cookie)).json();
    expect(body).toEqual({ member: { nickname: member.nickname, isMarketer: false, atelierId: null }, likedProductIds: [], followedAtelierIds: [], coupons: [], reminderEventIds: [], cartCount: 0, unreadNotifications: 0 });
  });

  it("counts the lines in the member's 장바구니 for the header", async () => {
    const [shopper] = await createMembers(1, "viewercart");
    for (const productId of [1, 2]) {
      await fetch(`${app}/api/cart/items/${productId}`, { method: "PUT", headers: { cookie: shopper!.cookie, "content-type": "application/json" }, body: JSON.stringify({ quantity: 1 }) });
    }
    expect((await (await viewer("", shopper!.cookie)).json()).cartCount).toBe(2);
  });

  it.each([
    ["?products=abc", "products"],
    ["?ateliers=1,,2", "ateliers"],
    ["?events=0", "events"],
    ["?products=99999999999", "products"],
    [`?products=${Array.from({ length: 201 }, (_, i) => i + 1).join(",")}`, "products"],
  ])("%s is a 400 naming the field, never a 500", async (query, field) => {
    const response = await viewer(query, member.cookie);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(body.error.fields)).toEqual([field]);
  });

  it("takes 200 ids of each kind", async () => {
    const ids = Array.from({ length: 200 }, (_, i) => i + 1).join(",");
    const response = await viewer(`?products=${ids}&ateliers=${ids}&events=${ids}`, member.cookie);
    expect(response.status).toBe(200);
    expect((await response.json()).likedProductIds).toEqual([5]);
  });
});

describe("public pages", () => {
  const pages = () => ["/", "/products/5", "/ateliers/4", `/events/${eventId}`, "/categories/ceramics", "/categories/ceramics?sort=price_asc", "/ateliers?page=1", "/search?q=%EB%A8%B8%EA%B7%B8"];

  /** Nothing of the member in a page: their name, their menu, a pressed 찜 or follow. */
  function expectNothingOf(text: string, path: string) {
    expect(text, path).not.toContain(member.nickname);
    expect(text, path).not.toContain("마이페이지");
    expect(text, path).not.toContain("로그아웃");
    expect(text, path).not.toContain('aria-pressed="true"');
  }

  it("are the same document for a member as for a visitor, with nothing of the member in it", async () => {
    for (const path of pages()) {
      // Both from the same cached copy, or two renderings of the same data: one attempt may
      // straddle a re-render (a count changed), three in a row do not.
      let same = false;
      for (let attempt = 0; attempt < 3 && !same; attempt++) {
        const [anonymous, signedIn] = await Promise.all([fetch(`${app}${path}`), fetch(`${app}${path}`, { headers: { cookie: member.cookie } })]);
        expect([anonymous.status, signedIn.status], path).toEqual([200, 200]);
        const [a, b] = [await anonymous.text(), await signedIn.text()];
        expectNothingOf(b, path);
        same = a === b;
      }
      expect(same, path).toBe(true);
    }
  });

  it("are rendered without the session for a client-side navigation too (the flight data)", async () => {
    // A navigation's request passes the page cache in front of documents: what the page
    // itself renders reaches the member, with their cookie in the request.
    for (const path of pages()) {
      const response = await fetch(`${app}${path}`, { headers: { cookie: member.cookie, rsc: "1" } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type"), path).toContain("text/x-component");
      expectNothingOf(await response.text(), path);
    }
  });

  it("leave the 찜 and follow toggles busy until the viewer's state arrives", async () => {
    const html = await (await fetch(`${app}/products/5`, { headers: { cookie: member.cookie } })).text();
    const toggles = [...html.matchAll(/<button\b[^>]*>/g)].map((m) => m[0]).filter((tag) => /aria-label="찜하기"|aria-busy/.test(tag));
    expect(toggles.length).toBeGreaterThan(1);
    expect(toggles.every((tag) => tag.includes('aria-busy="true"') && !tag.includes("aria-pressed"))).toBe(true);
  });
});

describe("a cached event page", () => {
  it("shows a marketer's edit on both instances within seconds", async () => {
    const later = Date.now() + 600_000;
    const terms = { discountType: "AMOUNT", discountValue: 1000, minOrderAmount: 10000, totalQuantity: 10, validDays: 7, startsAt: new Date(later).toISOString(), endsAt: new Date(later + 3_600_000).toISOString() };
    const id = await createEvent(marketer, { ...terms, title: "고치기 전 제목" });
    const instances = process.env.APP_INSTANCE_URLS!.split(",");
    const titleOn = async (instance: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(await (await fetch(`${instance}/events/${id}`)).text())?.[1];
    for (const instance of instances) expect(await titleOn(instance)).toBe("고치기 전 제목");
    const edit = await marketer.json(`/api/admin/coupon-events/${id}`, "PATCH", { ...terms, title: "고친 제목" });
    expect(edit.status).toBe(200);
    for (const instance of instances) await expect.poll(() => titleOn(instance), { timeout: 15_000 }).toBe("고친 제목");
  });
});

describe("GET /api/coupon-events/[id]", () => {
  it("?live=1 is one answer for everyone, which a shared cache may keep for a second", async () => {
    for (const headers of [{}, { cookie: member.cookie }] as Record<string, string>[]) {
      const response = await fetch(`${app}/api/coupon-events/${eventId}?live=1`, { headers });
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=1, stale-while-revalidate=1");
      expect(response.headers.get("set-cookie")).toBeNull();
      expect(Object.keys(await response.json()).sort()).toEqual(["endsAt", "remaining", "serverTime", "startsAt", "status", "total"]);
    }
  });

  it("everything else stays private: the full state, an unknown event, the viewer", async () => {
    expect((await fetch(`${app}/api/coupon-events/${eventId}`)).headers.get("cache-control")).toBe("no-store");
    expect((await fetch(`${app}/api/coupon-events/999999999?live=1`)).headers.get("cache-control")).toBe("no-store");
    expect((await viewer("")).headers.get("cache-control")).toBe("private, no-store");
  });
});
