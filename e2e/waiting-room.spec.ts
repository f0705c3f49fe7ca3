import { expect, test, type Page, type Route } from "@playwright/test";
import { useSession } from "./support/browser";
import { AppClient } from "./support/client";
import { clearRateLimits, closeData } from "./support/data";
import { postEvent } from "./support/event-console";
import { DEMO_PASSWORD } from "./support/env";
import { createMembers } from "./support/members";

// The waiting room as a shopper meets it. The queue is made to happen by answering the claim POST
// with 202s (as the server does beyond its admission rate) before the real request goes through.

test.beforeEach(clearRateLimits);
test.afterAll(closeData);

/** An event open now, made by the demo marketer; its id. */
async function openEvent(): Promise<number> {
  const marketer = new AppClient();
  await marketer.login("marketer@example.com", DEMO_PASSWORD);
  const fields = { title: `대기열 테스트 쿠폰 ${Date.now().toString(36)}`, discountValue: 2000, minOrderAmount: 10000, totalQuantity: 10, validDays: 7 };
  return (await postEvent(marketer, fields)).id;
}

const queued = (route: Route, position: number) =>
  route.fulfill({
    status: 202,
    contentType: "application/json",
    headers: { "Retry-After": "1" },
    body: JSON.stringify({ status: "QUEUED", position, etaSeconds: Math.ceil(position / 100), ticket: 1 }),
  });

/** On the event page (signed in by the caller); `sent` collects when each claim POST left the page. */
async function onEvent(page: Page, eventId: number): Promise<number[]> {
  const sent: number[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().endsWith(`/api/coupon-events/${eventId}/claim`)) sent.push(Date.now());
  });
  await page.goto(`/events/${eventId}`);
  return sent;
}

test("a shopper in line sees the position and progress, waits as told, and gets the coupon", async ({ page, context }) => {
  const [eventId, [member]] = await Promise.all([openEvent(), createMembers(1, "pwqueue")]);
  await useSession(context, member!.cookie);
  const sent = await onEvent(page, eventId);
  const answers = [1234, 617, 610];
  let release!: () => void;
  const admitted = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/api/coupon-events/${eventId}/claim`, async (route) => {
    const position = answers.shift();
    if (position !== undefined) return queued(route, position);
    await admitted;
    await route.continue();
  });

  await page.getByRole("button", { name: "쿠폰 받기" }).click();
  const status = page.getByRole("status").filter({ hasText: "대기" });
  await expect(status).toContainText("대기 순번 1,234번");
  const progress = page.getByRole("progressbar", { name: "대기 진행률" });
  await expect(progress).toHaveAttribute("aria-valuenow", "0");

  // Halfway along the line: announced. Then a step of a few places: shown, not announced.
  await expect(progress).toHaveAttribute("aria-valuenow", "50");
  await expect(status).toContainText("대기 순번 617번");
  await expect(progress).toHaveAttribute("aria-valuetext", /610번/);
  await expect(progress).toHaveAttribute("aria-valuenow", "51");
  await expect(status).toContainText("대기 순번 617번");
  await expect(page.getByRole("button", { name: "쿠폰 받기" })).toHaveCount(0);

  release();
  await expect(page.getByRole("status").filter({ hasText: "발급 완료" })).toContainText("선착순 1번째");
  await expect(progress).toHaveCount(0);
  await expect(page.getByRole("button", { name: "받은 쿠폰이에요" })).toBeDisabled();
  expect(sent).toHaveLength(4);
  // Each retry waited for Retry-After (1 s) after the 202 that asked for it.
  for (let i = 1; i < sent.length; i++) expect(sent[i]! - sent[i - 1]!).toBeGreaterThanOrEqual(1_000);
});

test("a reload in line keeps asking for the same place without another press", async ({ page, context }) => {
  const [eventId, [member]] = await Promise.all([openEvent(), createMembers(1, "pwqueue")]);
  await useSession(context, member!.cookie);
  await onEvent(page, eventId);
  let pressed = false;
  let reloaded = false;
  // Set once the reloaded document commits: the old one's pending retry can no longer fire.
  page.on("framenavigated", (frame) => {
    if (pressed && frame === page.mainFrame()) reloaded = true;
  });
  let afterReload = 0;
  await page.route(`**/api/coupon-events/${eventId}/claim`, async (route) => {
    if (!reloaded) return queued(route, 40);
    if (afterReload++ === 0) return queued(route, 20);
    await route.continue();
  });

  await page.getByRole("button", { name: "쿠폰 받기" }).click();
  await expect(page.getByRole("status").filter({ hasText: "대기" })).toContainText("대기 순번 40번");
  pressed = true;
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "대기" })).toContainText("대기 순번 20번");
  // The first position seen before the reload is kept: progress runs from 40, not from 20.
  await expect(page.getByRole("progressbar", { name: "대기 진행률" })).toHaveAttribute("aria-valuenow", "50");
  await expect(page.getByRole("status").filter({ hasText: "발급 완료" })).toContainText("선착순 1번째");
  expect(afterReload).toBe(2);
});
