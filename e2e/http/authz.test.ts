// Who may do what: every endpoint × {visitor, shopper, owner of this atelier, owner of another
// atelier, marketer, a revoked session}, in one table. Other members' objects never leak or change.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AppClient } from "../support/client";
import { clearRateLimits, closeData, count, sql } from "../support/data";
import { DEMO_PASSWORD } from "../support/env";

type Who = "visitor" | "shopper" | "owner" | "otherOwner" | "marketer" | "revoked";
const WHO: Who[] = ["visitor", "shopper", "owner", "otherOwner", "marketer", "revoked"];

const clients = {} as Record<Who, AppClient>;
let atelierId: number;
let otherAtelierId: number;
let followerOfOwner: string;
let eventId: number;

const now = Date.now();
const eventBody = (title: string, startsInMs = 0) => ({
  title,
  discountType: "AMOUNT",
  discountValue: 1000,
  minOrderAmount: 0,
  totalQuantity: 100,
  startsAt: new Date(now + startsInMs).toISOString(),
  endsAt: new Date(now + startsInMs + 3_600_000).toISOString(),
  validDays: 7,
});

beforeAll(async () => {
  await clearRateLimits();
  const emails: Record<Exclude<Who, "visitor" | "revoked" | "otherOwner">, string> = {
    shopper: "shopper9@example.com",
    owner: "owner@example.com",
    marketer: "marketer@example.com",
  };
  const other = await sql().query("SELECT m.email, a.id FROM members m JOIN ateliers a ON a.owner_id = m.id WHERE m.email LIKE 'owner.%' ORDER BY a.id LIMIT 1");
  otherAtelierId = other.rows[0].id;
  atelierId = (await sql().query("SELECT a.id FROM ateliers a JOIN members m ON m.id = a.owner_id WHERE m.email = 'owner@example.com'")).rows[0].id;
  clients.visitor = new AppClient();
  for (const [who, email] of [...Object.entries(emails), ["otherOwner", other.rows[0].email]] as [Who, string][]) {
    clients[who] = new AppClient();
    await clients[who].login(email, DEMO_PASSWORD);
  }
  clients.revoked = new AppClient();
  await clients.revoked.login("shopper10@example.com", DEMO_PASSWORD);
  const saved = clients.revoked.cookieHeader();
  await clients.revoked.logout();
  clients.revoked.setCookieHeader(saved);

  // Not also a follower of the other owner's atelier (seed members follow several), or that owner's removal would be theirs to make.
  followerOfOwner = (await sql().query("SELECT user_id FROM follows WHERE atelier_id = $1 AND user_id NOT IN (SELECT user_id FROM follows WHERE atelier_id = $2) ORDER BY user_id LIMIT 1", [atelierId, otherAtelierId])).rows[0].user_id;
  const created = await clients.marketer.json("/api/admin/coupon-events", "POST", eventBody("권한 매트릭스"));
  eventId = (await created.json()).event.id;
});
beforeEach(clearRateLimits);
afterAll(closeData);

type Case = { name: string; method: string; path: () => string; body?: (who: Who) => unknown; expect: Record<Who, number> };

const signedIn = (ok: number): Record<Who, number> => ({ visitor: 401, shopper: ok, owner: ok, otherOwner: ok, marketer: ok, revoked: 401 });
const ownersOnly = (ok: number, other = ok): Record<Who, number> => ({ visitor: 401, shopper: 403, owner: ok, otherOwner: other, marketer: 403, revoked: 401 });
const marketersOnly = (ok: number): Record<Who, number> => ({ visitor: 401, shopper: 403, owner: 403, otherOwner: 403, marketer: ok, revoked: 401 });

const CASES: Case[] = [
  { name: "my profile", method: "GET", path: () => "/api/me", expect: signedIn(200) },
  { name: "my 찜", method: "GET", path: () => "/api/me/likes", expect: signedIn(200) },
  { name: "my follows", method: "GET", path: () => "/api/me/follows", expect: signedIn(200) },
  { name: "my coupons", method: "GET", path: () => "/api/me/coupons", expect: signedIn(200) },
  // "No" is what every one of these seeded members has answered already: nothing changes.
  { name: "광고성 정보 수신", method: "PUT", path: () => "/api/me/marketing-consent", body: () => ({ agreed: false }), expect: signedIn(200) },
  { name: "password change (wrong current)", method: "PUT", path: () => "/api/me/password", body: () => ({ currentPassword: "not-it-at-all", password: "새로운-비밀번호-2027", passwordConfirm: "새로운-비밀번호-2027" }), expect: signedIn(400) },
  { name: "re-enter password (wrong)", method: "POST", path: () => "/api/me/reauth", body: () => ({ password: "not-it-at-all" }), expect: signedIn(400) },
  { name: "delete account (wrong password)", method: "DELETE", path: () => "/api/me", body: () => ({ password: "not-it-at-all" }), expect: { ...signedIn(400), owner: 409, otherOwner: 409 } },
  { name: "찜", method: "PUT", path: () => "/api/products/2/like", expect: signedIn(200) },
  { name: "찜 해제", method: "DELETE", path: () => "/api/products/2/like", expect: signedIn(200) },
  { name: "follow this atelier", method: "PUT", path: () => `/api/ateliers/${atelierId}/follow`, expect: { ...signedIn(200), owner: 400 } },
  { name: "unfollow this atelier", method: "DELETE", path: () => `/api/ateliers/${atelierId}/follow`, expect: signedIn(200) },
  { name: "studio follower list", method: "GET", path: () => "/api/studio/followers", expect: ownersOnly(200) },
  { name: "studio CSV", method: "GET", path: () => "/api/studio/followers.csv", expect: ownersOnly(200) },
  // Another owner cannot reach this atelier's follower: it is not theirs (404, nothing changes).
  { name: "remove this atelier's follower", method: "DELETE", path: () => `/api/studio/followers/${followerOfOwner}`, expect: ownersOnly(200, 404) },
  { name: "studio events", method: "GET", path: () => "/api/studio/coupon-events", expect: ownersOnly(200) },
  { name: "studio event create", method: "POST", path: () => "/api/studio/coupon-events", body: () => eventBody("팔로워 쿠폰", 3_600_000), expect: ownersOnly(201) },
  { name: "console list", method: "GET", path: () => "/api/admin/coupon-events", expect: marketersOnly(200) },
  { name: "console create", method: "POST", path: () => "/api/admin/coupon-events", body: () => eventBody("콘솔 생성", 3_600_000), expect: marketersOnly(201) },
  { name: "console read", method: "GET", path: () => `/api/admin/coupon-events/${eventId}`, expect: marketersOnly(200) },
  { name: "console edit after opening", method: "PATCH", path: () => `/api/admin/coupon-events/${eventId}`, body: () => eventBody("수정", 3_600_000), expect: marketersOnly(409) },
  { name: "console cancel after opening", method: "POST", path: () => `/api/admin/coupon-events/${eventId}/cancel`, expect: marketersOnly(409) },
  { name: "console live", method: "GET", path: () => `/api/admin/coupon-events/${eventId}/live`, expect: marketersOnly(200) },
  { name: "console CSV", method: "GET", path: () => `/api/admin/coupon-events/${eventId}/coupons.csv`, expect: marketersOnly(200) },
  // The matrix's event is open: signed in, the reminder is refused for that (409), not for who asks.
  { name: "오픈 알림", method: "PUT", path: () => `/api/coupon-events/${eventId}/reminder`, expect: signedIn(409) },
  { name: "오픈 알림 해제", method: "DELETE", path: () => `/api/coupon-events/${eventId}/reminder`, expect: signedIn(200) },
  { name: "claim", method: "POST", path: () => `/api/coupon-events/${eventId}/claim`, expect: signedIn(201) },
  { name: "public event state", method: "GET", path: () => `/api/coupon-events/${eventId}`, expect: { visitor: 200, shopper: 200, owner: 200, otherOwner: 200, marketer: 200, revoked: 200 } },
];

describe("authorization matrix", () => {
  for (const c of CASES) {
    it(`${c.method} ${c.name}`, async () => {
      const followersBefore = await count("follows", "atelier_id = $1 AND user_id = $2", [atelierId, followerOfOwner]);
      const answers: Record<string, number> = {};
      // The owner goes last where their success would change what the others see.
      for (const who of [...WHO.filter((w) => w !== "owner"), "owner" as const]) {
        const response = await clients[who].json(c.path(), c.method, c.body?.(who));
        answers[who] = response.status;
      }
      expect(answers).toEqual(c.expect);
      if (c.name === "remove this atelier's follower") {
        expect(followersBefore).toBe(1);
        expect(await count("follows", "atelier_id = $1 AND user_id = $2", [atelierId, followerOfOwner])).toBe(0);
      }
    });
  }

  it("an owner's follower list shows only their own followers, never emails", async () => {
    const own = await (await clients.owner.request("/api/studio/followers")).json();
    const other = await (await clients.otherOwner.request("/api/studio/followers")).json();
    expect(own.total).toBe(await count("follows", "atelier_id = $1", [atelierId]));
    expect(other.total).toBe(await count("follows", "atelier_id = $1", [otherAtelierId]));
    expect(JSON.stringify([own, other])).not.toMatch(/@example\.com|password|email/);
  });

  it("a member's own data is the only data their lists show", async () => {
    const mine = await (await clients.shopper.request("/api/me/coupons")).json();
    const ids = mine.items.map((c: { id: string }) => c.id);
    const owned = await count("coupons c JOIN members m ON m.id = c.user_id", "m.email = 'shopper9@example.com' AND c.id = ANY($1)", [ids]);
    expect(owned).toBe(ids.length);
  });
});
