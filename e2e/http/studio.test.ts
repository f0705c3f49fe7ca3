// 작가 스튜디오 — followers: list, search, sort, CSV, removal; owners only.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AppClient } from "../support/client";
import { clearRateLimits, closeData, count, sql } from "../support/data";
import { DEMO_PASSWORD } from "../support/env";
import { createMembers, type TestMember } from "../support/members";

const app = process.env.APP_URL!;
let owner: AppClient;
let atelierId: number;
let fans: TestMember[];

beforeAll(async () => {
  await clearRateLimits();
  owner = new AppClient();
  await owner.login("owner@example.com", DEMO_PASSWORD);
  atelierId = (await sql().query("SELECT a.id FROM ateliers a JOIN members m ON m.id = a.owner_id WHERE m.email = 'owner@example.com'")).rows[0].id;
  fans = await createMembers(3, "fan");
  for (const fan of fans) {
    const r = await fetch(`${app}/api/ateliers/${atelierId}/follow`, { method: "PUT", headers: { cookie: fan.cookie } });
    expect(r.status).toBe(200);
    await new Promise((r) => setTimeout(r, 10));
  }
});
beforeEach(clearRateLimits);
afterAll(closeData);

describe("follower list", () => {
  it("lists newest first with the total, searches by nickname, sorts oldest first", async () => {
    const newest = await (await owner.request("/api/studio/followers")).json();
    expect(newest.total).toBe(await count("follows", "atelier_id = $1", [atelierId]));
    expect(newest.items.slice(0, 3).map((f: { nickname: string }) => f.nickname)).toEqual([...fans].reverse().map((f) => f.nickname));
    expect(Object.keys(newest.items[0]).sort()).toEqual(["claimedCoupon", "followedAt", "image", "memberId", "nickname"]);

    const search = await (await owner.request(`/api/studio/followers?q=${encodeURIComponent(fans[1]!.nickname)}`)).json();
    expect(search.total).toBe(1);
    expect(search.items[0].nickname).toBe(fans[1]!.nickname);

    const oldest = await (await owner.request("/api/studio/followers?sort=oldest")).json();
    const times = oldest.items.map((f: { followedAt: string }) => Date.parse(f.followedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // The cursor walks on without repeats.
    const next = await (await owner.request(`/api/studio/followers?sort=oldest&cursor=${oldest.nextCursor}`)).json();
    const ids = new Set(oldest.items.map((f: { memberId: string }) => f.memberId));
    expect(next.items.some((f: { memberId: string }) => ids.has(f.memberId))).toBe(false);
    expect((await owner.request("/api/studio/followers?sort=sideways")).status).toBe(400);
  });

  it("exports CSV that Excel opens in Korean: BOM, header, one row per follower, no emails", async () => {
    const response = await owner.request("/api/studio/followers.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toBe("닉네임,팔로우한 날짜");
    expect(lines.length - 1).toBe(await count("follows", "atelier_id = $1", [atelierId]));
    expect(lines[1]).toMatch(new RegExp(`^${fans[2]!.nickname},\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$`));
    expect(text).not.toContain("@");
  });

  it("the CSV follows the list's search: ?q= exports only the followers it finds; a search too long is 400", async () => {
    // The three fans share a prefix, so a search for it finds all three and nobody else.
    const prefix = fans[0]!.nickname.slice(0, -1);
    const csvOf = async (q: string) => (await (await owner.request(`/api/studio/followers.csv?q=${encodeURIComponent(q)}`)).text()).trimEnd().split("\r\n").slice(1);
    const found = await csvOf(prefix);
    expect(found.map((line) => line.split(",")[0])).toEqual([...fans].reverse().map((f) => f.nickname));
    const one = await csvOf(fans[1]!.nickname);
    expect(one).toHaveLength(1);
    expect(one[0]).toMatch(new RegExp(`^${fans[1]!.nickname},`));
    expect(await csvOf("아무도없는닉네임")).toEqual([]);
    const tooLong = await owner.request(`/api/studio/followers.csv?q=${"가".repeat(51)}`);
    expect(tooLong.status).toBe(400);
    expect((await tooLong.json()).error.fields).toHaveProperty("q");
  });

  it("removes a follower: the row goes and the count drops by one", async () => {
    const before = (await sql().query("SELECT follower_count FROM ateliers WHERE id = $1", [atelierId])).rows[0].follower_count;
    const removed = await owner.request(`/api/studio/followers/${fans[0]!.id}`, { method: "DELETE" });
    expect(removed.status).toBe(200);
    expect((await removed.json()).followerCount).toBe(before - 1);
    expect(await count("follows", "atelier_id = $1 AND user_id = $2", [atelierId, fans[0]!.id])).toBe(0);
    expect((await owner.request(`/api/studio/followers/${fans[0]!.id}`, { method: "DELETE" })).status).toBe(404);
    // The former follower simply sees themselves not following.
    const state = await fetch(`${app}/api/ateliers/${atelierId}/follow`, { method: "DELETE", headers: { cookie: fans[0]!.cookie } });
    expect((await state.json()).following).toBe(false);
  });

  it("is for the owner only", async () => {
    expect((await fetch(`${app}/api/studio/followers`)).status).toBe(401);
    const shopper = new AppClient();
    await shopper.login("shopper@example.com", DEMO_PASSWORD);
    expect((await shopper.request("/api/studio/followers")).status).toBe(403);
    expect((await shopper.request("/api/studio/followers.csv")).status).toBe(403);
    expect((await shopper.request(`/api/studio/followers/${fans[1]!.id}`, { method: "DELETE" })).status).toBe(403);
    const page = await shopper.request("/studio/followers");
    expect(page.status).toBe(403);
  });
});
