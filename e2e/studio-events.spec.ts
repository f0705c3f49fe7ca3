// The owner's event console (/studio/coupon-events/[id]) and what a follower-only event asks of
// a shopper: an owner creates, edits and cancels a follower coupon; another opens, is watched
// live, downloaded as CSV and closed early; a non-follower follows and claims in one press
// (signed in, and signed out through the login round trip); the follower CSV holds the search.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { loginThroughForm, useSession } from "./support/browser";
import { AppClient } from "./support/client";
import { clearRateLimits, closeData, count, sql } from "./support/data";
import { DEMO_PASSWORD, testEnv } from "./support/env";
import { postEvent } from "./support/event-console";
import { createMembers } from "./support/members";
import { screenshotBoth } from "./support/screenshots";

test.beforeEach(clearRateLimits);
test.afterAll(closeData);

const STUDIO_API = "/api/studio/coupon-events";

/** "2026-11-25T14:03" in Korea time, as a datetime-local field wants it. */
const koreaLocal = (ms: number) => new Date(ms + 9 * 3_600_000).toISOString().slice(0, 16);

async function ownerClient(): Promise<AppClient> {
  const owner = new AppClient();
  await owner.login("owner@example.com", DEMO_PASSWORD);
  return owner;
}

/** A follower coupon of the demo owner's atelier, open now: its id and atelier. */
const openFollowerEvent = async (title: string) => postEvent(await ownerClient(), { title, totalQuantity: 20, discountValue: 2000, minOrderAmount: 10000 }, STUDIO_API);

/** The demo owner, signed in through the form, landing on `path`. */
async function ownerAt(page: Page, path: string): Promise<void> {
  await page.goto(`/login?callbackUrl=${encodeURIComponent(path)}`);
  await loginThroughForm(page, "owner@example.com", DEMO_PASSWORD);
  await expect(page).toHaveURL(new RegExp(`${path}$`));
}

/** Presses the console's 취소 or 조기 종료, accepting its confirmation, and waits for the toast. */
async function act(page: Page, button: string, done: string): Promise<void> {
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: button, exact: true }).click();
  await expect(page.getByText(done)).toBeVisible();
}

test("an owner creates a follower coupon, edits it before opening, and cancels it", async ({ page }) => {
  await ownerAt(page, "/studio/coupon-events/new");
  const title = `단골 감사 쿠폰 ${Date.now().toString(36)}`;
  const opensAt = Date.now() + 3_600_000;
  await page.getByRole("textbox", { name: "이벤트 제목" }).fill(title);
  await page.getByRole("radio", { name: "정액 할인" }).check();
  await page.getByRole("spinbutton", { name: "할인 금액" }).fill("3000");
  await page.getByRole("spinbutton", { name: "최소 주문 금액" }).fill("20000");
  await page.getByRole("spinbutton", { name: "발급 수량" }).fill("30");
  await page.getByRole("spinbutton", { name: "사용 기간" }).fill("7");
  await page.getByLabel("시작 시각").fill(koreaLocal(opensAt));
  await page.getByLabel("종료 시각").fill(koreaLocal(opensAt + 86_400_000));
  await page.getByRole("button", { name: "이벤트 만들기" }).click();

  // A new coupon lands on its console.
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(/\/studio\/coupon-events\/\d+$/);
  const eventId = Number(/(\d+)$/.exec(page.url())![1]);
  await expect(page.getByText("오픈까지")).toBeVisible();
  await expect(page.getByRole("heading", { name: "실시간 현황" })).toBeVisible();
  await expect(page.getByRole("button", { name: "조기 종료" })).toHaveCount(0);
  await screenshotBoth(page, "studio-event-scheduled");

  const edited = `${title} (수정)`;
  await page.getByRole("textbox", { name: "이벤트 제목" }).fill(edited);
  await page.getByRole("spinbutton", { name: "할인 금액" }).fill("4000");
  await page.getByRole("button", { name: "이벤트 수정" }).click();
  await expect(page.getByRole("heading", { level: 1, name: edited })).toBeVisible();
  await expect(page.getByRole("region", { name: "쿠폰 조건" })).toContainText("4,000원");

  await act(page, "취소", "이벤트를 취소했어요.");
  await expect(page.getByRole("region", { name: "쿠폰 조건" })).toContainText("취소");
  await expect(page.getByRole("heading", { name: "이벤트 수정" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "취소", exact: true })).toHaveCount(0);
  expect(await count("coupon_events", "id = $1 AND closed_at < starts_at", [eventId])).toBe(1);

  // The studio's list links each event to its console.
  await page.getByRole("link", { name: "이벤트 목록" }).click();
  await page.getByRole("link", { name: new RegExp(edited.replace(/[()]/g, "\\$&")) }).click();
  await expect(page).toHaveURL(new RegExp(`/studio/coupon-events/${eventId}$`));
});

test("an open follower coupon: the live panel counts a claim, the CSV downloads it, and 조기 종료 closes it", async ({ page }) => {
  const event = await openFollowerEvent(`오늘만 팔로워 쿠폰 ${Date.now().toString(36)}`);
  const [fan] = await createMembers(1, "pwconsole");
  for (const [method, path] of [["PUT", `/api/ateliers/${event.atelierId}/follow`], ["POST", `/api/coupon-events/${event.id}/claim`]] as const) {
    const answer = await fetch(new URL(path, testEnv.appUrl), { method, headers: { cookie: fan!.cookie } });
    expect(answer.ok, path).toBe(true);
  }

  await ownerAt(page, `/studio/coupon-events/${event.id}`);
  const live = page.getByRole("region", { name: "실시간 현황" });
  await expect(live.getByRole("progressbar", { name: "발급 진행률" })).toHaveAttribute("aria-valuenow", "5");
  await expect(page.getByRole("region", { name: "결과 리포트" })).toContainText("1장");
  await expect(page.getByRole("button", { name: "취소", exact: true })).toHaveCount(0);
  await screenshotBoth(page, "studio-event-open");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "발급 쿠폰 CSV 내려받기" }).click();
  const csv = (await readFile(await (await download).path(), "utf8")).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
  expect(csv[0]).toBe("순번,쿠폰 ID,발급 시각,만료 시각,사용 여부,할인 금액,주문 금액");
  expect(csv).toHaveLength(2);
  expect(csv[1]).toMatch(/^1,/);

  await act(page, "조기 종료", "이벤트를 종료했어요.");
  await expect(page.getByRole("region", { name: "쿠폰 조건" })).toContainText("조기 종료");
  await expect(page.getByRole("button", { name: "조기 종료" })).toHaveCount(0);
  expect(await count("coupon_events", "id = $1 AND closed_at >= starts_at", [event.id])).toBe(1);
});

test("a non-follower presses 팔로우하고 쿠폰 받기 once and ends up following with the coupon", async ({ page, context }) => {
  const event = await openFollowerEvent(`팔로우 환영 쿠폰 ${Date.now().toString(36)}`);
  const [member] = await createMembers(1, "pwfollowclaim");
  await useSession(context, member!.cookie);
  await page.goto(`/events/${event.id}`);
  const press = page.getByRole("button", { name: "팔로우하고 쿠폰 받기" });
  await expect(press).toBeEnabled();
  await expect(page.getByRole("button", { name: "쿠폰 받기", exact: true })).toHaveCount(0);
  await screenshotBoth(page, "event-follow-and-claim");
  await press.click();

  await expect(page.getByRole("region", { name: "쿠폰 받기" }).getByRole("status")).toContainText("발급 완료");
  await expect(page.getByRole("button", { name: "받은 쿠폰이에요" })).toBeDisabled();
  await expect(page.getByRole("main").getByText(/팔로우하고 있어요\. 이 쿠폰을 받을 수 있어요\./)).toBeVisible();
  expect(await count("follows", "user_id = $1 AND atelier_id = $2", [member!.id, event.atelierId])).toBe(1);
  expect(await count("coupons", "user_id = $1 AND event_id = $2", [member!.id, event.id])).toBe(1);
});

test("signed out, 팔로우하고 쿠폰 받기 goes through login and is finished on return: followed and claimed", async ({ page }) => {
  const event = await openFollowerEvent(`로그인 후 받는 쿠폰 ${Date.now().toString(36)}`);
  const email = "shopper14@example.com";
  // Not a follower to begin with (the seed's shoppers follow several ateliers).
  const shopper = new AppClient();
  await shopper.login(email, DEMO_PASSWORD);
  expect((await shopper.json(`/api/ateliers/${event.atelierId}/follow`, "DELETE")).status).toBe(200);
  const memberId = (await sql().query("SELECT id FROM members WHERE email = $1", [email])).rows[0].id;

  await page.goto(`/events/${event.id}`);
  await page.getByRole("button", { name: "팔로우하고 쿠폰 받기" }).click();
  await expect(page.getByText("쿠폰을 받으려면 로그인해 주세요.")).toBeVisible();
  await loginThroughForm(page, email, DEMO_PASSWORD);
  await expect(page).toHaveURL(new RegExp(`/events/${event.id}$`));
  await expect(page.getByRole("region", { name: "쿠폰 받기" }).getByRole("status")).toContainText("발급 완료");
  expect(await count("follows", "user_id = $1 AND atelier_id = $2", [memberId, event.atelierId])).toBe(1);
  expect(await count("coupons", "user_id = $1 AND event_id = $2", [memberId, event.id])).toBe(1);
});

test("the follower CSV holds only the followers the list's search found", async ({ page }) => {
  const atelierId = (await sql().query("SELECT a.id FROM ateliers a JOIN members m ON m.id = a.owner_id WHERE m.email = 'owner@example.com'")).rows[0].id;
  const fans = await createMembers(3, "pwcsv");
  for (const fan of fans) {
    const answer = await fetch(new URL(`/api/ateliers/${atelierId}/follow`, testEnv.appUrl), { method: "PUT", headers: { cookie: fan.cookie } });
    expect(answer.ok).toBe(true);
  }
  await ownerAt(page, "/studio/followers");
  const wanted = fans[1]!.nickname;
  const search = page.getByRole("search", { name: "팔로워" });
  await search.getByRole("searchbox", { name: "닉네임으로 팔로워 검색" }).fill(wanted);
  await search.getByRole("button", { name: "검색" }).click();
  await expect(page.getByText("1명", { exact: true })).toBeVisible();
  await screenshotBoth(page, "studio-followers-search");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "검색 결과 CSV 내려받기" }).click();
  const lines = (await readFile(await (await download).path(), "utf8")).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
  expect(lines[0]).toBe("닉네임,팔로우한 날짜");
  expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual([wanted]);
});
