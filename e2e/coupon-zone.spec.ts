// 쿠폰존 and the marketer's console (#16 items 1 and 7): what is open, coming and over, found from
// the header on a desktop and a phone; a home banner that never promotes a sold-out event; an
// ended event's page that points on; 취소 before opening and 조기 종료 after; the status filter.
import { expect, test, type Page } from "@playwright/test";
import { loginThroughForm } from "./support/browser";
import { AppClient } from "./support/client";
import { claim } from "./support/coupon-events";
import { clearRateLimits, closeData } from "./support/data";
import { DEMO_PASSWORD } from "./support/env";
import { postEvent } from "./support/event-console";
import { createMembers } from "./support/members";
import { screenshotBoth, VIEWPORTS } from "./support/screenshots";

const HOUR = 3_600_000;
let marketer: AppClient;

test.beforeAll(async () => {
  await clearRateLimits();
  marketer = new AppClient();
  await marketer.login("marketer@example.com", DEMO_PASSWORD);
});
test.beforeEach(clearRateLimits);
test.afterAll(closeData);

const run = Date.now().toString(36);
/** An event made through the console API, titled uniquely; its id and title. */
async function makeEvent(name: string, fields: Record<string, unknown> = {}) {
  const title = `${name} ${run}`;
  return { id: (await postEvent(marketer, { title, ...fields })).id, title };
}
const startingIn = (ms: number, length = HOUR) => ({ startsAt: new Date(Date.now() + ms).toISOString(), endsAt: new Date(Date.now() + ms + length).toISOString() });

/** Members claim one coupon each. */
async function claimAll(eventId: number, n: number) {
  for (const member of await createMembers(n, "zone")) expect((await claim(member, eventId)).status).toBe(201);
}

/**
 * Public pages are cached in three layers (nginx and the page cache each serve a stale copy once
 * while they refresh, then ISR): reload until `check` passes.
 */
async function untilFresh(page: Page, path: string, check: () => Promise<void>) {
  await expect(async () => {
    await page.goto(path);
    await check();
  }).toPass({ timeout: 45_000, intervals: [500, 1_000, 2_000] });
}

test("쿠폰존 lists an open event with what is left, an upcoming one with a countdown, and ended ones", async ({ page }) => {
  const open = await makeEvent("진행 중 쿠폰", { totalQuantity: 5 });
  await claimAll(open.id, 2);
  // Opens before other tests' upcoming events, so it is among the nearest listed.
  const upcoming = await makeEvent("오픈 예정 쿠폰", startingIn(10 * 60_000));
  const closed = await makeEvent("조기 종료 쿠폰");
  expect((await marketer.json(`/api/admin/coupon-events/${closed.id}/close`, "POST")).status).toBe(200);

  const section = (name: string) => page.getByRole("region", { name });
  const card = (region: string, title: string) => section(region).getByRole("listitem").filter({ has: page.getByRole("link", { name: title }) });
  await untilFresh(page, "/events", async () => {
    await expect(card("진행 중", open.title)).toContainText("3장 남음", { timeout: 1_000 });
    await expect(card("오픈 예정", upcoming.title)).toBeVisible({ timeout: 1_000 });
    await expect(card("최근 종료", closed.title)).toBeVisible({ timeout: 1_000 });
  });
  await expect(page.getByRole("heading", { level: 1, name: "쿠폰존" })).toBeVisible();
  await expect(card("진행 중", open.title).getByRole("progressbar")).toHaveAttribute("aria-valuenow", "2");
  const countdown = card("오픈 예정", upcoming.title).getByRole("timer");
  await expect(countdown).toHaveText(/^00:(09|10):\d{2}$/);
  const first = await countdown.textContent();
  await expect(countdown).not.toHaveText(first!);
  await expect(card("오픈 예정", upcoming.title)).toContainText("오픈");
  await expect(card("최근 종료", closed.title)).toContainText("종료");
  await expect(section("진행 중").getByRole("link", { name: closed.title })).toHaveCount(0);

  await card("진행 중", open.title).getByRole("link", { name: open.title }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${open.id}$`));
  await page.goto("/events");
  await screenshotBoth(page, "coupon-zone");
});

for (const [label, viewport] of Object.entries(VIEWPORTS)) {
  test(`the header's 쿠폰존 link leads to 쿠폰존 (${label})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto("/ateliers");
    const link = page.getByRole("banner").getByRole("link", { name: "쿠폰존" });
    await expect(link).toBeInViewport();
    await link.click();
    await expect(page).toHaveURL(/\/events$/);
    await expect(page.getByRole("heading", { level: 1, name: "쿠폰존" })).toBeVisible();
  });
}

test("the home banner drops an event once it sells out, and its sold-out page points to what is open or next", async ({ page }) => {
  // Ends before any other open event, so it is the banner's pick while it has coupons.
  const flash = await makeEvent("번개 쿠폰", { totalQuantity: 1, ...startingIn(0, 4 * 60_000) });
  const hero = page.getByRole("region", { name: flash.title });
  await untilFresh(page, "/", async () => {
    await expect(page.getByRole("link", { name: /쿠폰 받으러 가기/ })).toContainText(flash.title, { timeout: 1_000 });
  });
  await expect(hero.getByRole("link")).toHaveAttribute("href", `/events/${flash.id}`);

  await claimAll(flash.id, 1);
  await untilFresh(page, "/", async () => {
    await expect(page.getByText(flash.title)).toHaveCount(0, { timeout: 1_000 });
  });
  // Whatever the banner shows now, it leads to an event page that can still be acted on.
  const banner = page.getByRole("link", { name: /쿠폰 받으러 가기|오픈 알림 보러 가기/ });
  if (await banner.count()) {
    await banner.click();
    await expect(page.getByRole("button", { name: /쿠폰 받기|오픈 전이에요/ })).toBeVisible();
  }

  await untilFresh(page, `/events/${flash.id}`, async () => {
    await expect(page.getByRole("region", { name: /지금 받을 수 있거나 곧 열리는 쿠폰|지금은 열린 쿠폰이 없어요/ })).toBeVisible({ timeout: 1_000 });
  });
  await expect(page.getByRole("button", { name: "선착순 마감" })).toBeDisabled();
  await screenshotBoth(page, "event-sold-out");
  await page.getByRole("link", { name: "쿠폰존 전체 보기" }).click();
  await expect(page).toHaveURL(/\/events$/);
  await untilFresh(page, "/events", async () => {
    await expect(page.getByRole("region", { name: "최근 종료" }).getByRole("listitem").filter({ hasText: flash.title })).toContainText("매진", { timeout: 1_000 });
  });
});

test("the marketer cancels an event before it opens (취소) and closes an open one early (조기 종료); the list filters by status", async ({ page }) => {
  // Artwork first drawn for a 5,000원 event, on a 3,000원 one: the banner prints this event's terms.
  const later = await makeEvent("취소할 쿠폰", { ...startingIn(HOUR), bannerImage: "/images/events/year-end-5000.svg" });
  const open = await makeEvent("조기 종료할 쿠폰");
  await page.goto("/login?callbackUrl=%2Fadmin%2Fcoupon-events");
  await loginThroughForm(page, "marketer@example.com", DEMO_PASSWORD);

  // Before opening: a countdown and 취소, no 조기 종료.
  await page.goto(`/admin/coupon-events/${later.id}`);
  await expect(page.getByRole("timer")).toHaveText(/^0?0:5\d:\d{2}$/);
  await expect(page.getByRole("button", { name: "조기 종료" })).toHaveCount(0);
  const banner = page.getByRole("region", { name: "쿠폰 조건" }).getByTestId("event-banner");
  await expect(banner).toContainText("3,000원");
  await expect(banner).toContainText("20,000원 이상 구매 시 · 선착순 100장");
  await expect(banner).not.toContainText("5,000원");
  await expect(page.getByRole("group", { name: "배너 이미지" }).getByRole("radio", { name: "보라 색종이" })).toBeChecked();
  await screenshotBoth(page, "admin-event-upcoming");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "취소", exact: true }).click();
  await expect(page.getByText("이벤트를 취소했어요.")).toBeVisible();
  await expect(page.getByRole("button", { name: "취소", exact: true })).toHaveCount(0);
  await expect(page.getByText(/에 취소$/)).toBeVisible();
  await untilFresh(page, `/events/${later.id}`, async () => {
    await expect(page.getByRole("note")).toHaveText(/취소된 이벤트/, { timeout: 1_000 });
  });
  await expect(page.getByRole("button", { name: "취소된 이벤트" })).toBeDisabled();

  // After opening: 조기 종료, no 취소.
  await page.goto(`/admin/coupon-events/${open.id}`);
  await expect(page.getByRole("button", { name: "취소", exact: true })).toHaveCount(0);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "조기 종료" }).click();
  await expect(page.getByText("이벤트를 종료했어요.")).toBeVisible();
  await expect(page.getByRole("button", { name: "조기 종료" })).toHaveCount(0);

  // The status filter, kept in the URL.
  await page.goto("/admin/coupon-events");
  const filter = page.getByRole("navigation", { name: "상태" });
  await expect(filter.getByRole("link", { name: "전체" })).toHaveAttribute("aria-current", "page");
  await filter.getByRole("link", { name: "취소" }).click();
  await expect(page).toHaveURL(/\?status=canceled$/);
  await expect(filter.getByRole("link", { name: "취소" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("link", { name: later.title })).toBeVisible();
  await expect(page.getByRole("link", { name: open.title })).toHaveCount(0);
  await screenshotBoth(page, "admin-events-canceled");
  await filter.getByRole("link", { name: "종료" }).click();
  await expect(page).toHaveURL(/\?status=closed$/);
  await expect(page.getByRole("link", { name: open.title })).toBeVisible();
  await expect(page.getByRole("link", { name: later.title })).toHaveCount(0);
  await filter.getByRole("link", { name: "진행 중" }).click();
  await expect(page).toHaveURL(/\?status=open$/);
  await expect(page.getByRole("link", { name: open.title })).toHaveCount(0);
});
