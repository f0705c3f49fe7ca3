import { expect, test, type Page } from "@playwright/test";
import { loginThroughForm, useSession } from "./support/browser";
import { clearRateLimits, closeData } from "./support/data";
import { DEMO_PASSWORD } from "./support/env";
import { createMembers } from "./support/members";
import { screenshotBoth } from "./support/screenshots";

test.beforeEach(clearRateLimits);
test.afterAll(closeData);

test("찜 from a product card shows in 마이페이지; unliking there changes the product page", async ({ page, context }) => {
  const [member] = await createMembers(1, "pwlike");
  await useSession(context, member!.cookie);
  await page.goto("/categories/candles");
  const card = page.getByRole("main").getByRole("article").first();
  const title = (await card.getByRole("heading").textContent())!.trim();
  const heart = card.getByRole("button", { name: "찜하기" });
  const countText = async () => Number((await heart.locator("xpath=following-sibling::span").textContent())!.replace(/\D/g, ""));
  // The page is cached (its counts may lag a minute); the toggle shows its own answer, exact.
  const put = toggleAnswer(page, "PUT");
  await heart.click();
  const { likeCount } = await put;
  await expect(heart).toHaveAttribute("aria-pressed", "true");
  await expect.poll(countText).toBe(likeCount);

  await page.getByRole("link", { name: "마이페이지" }).click();
  await expect(page.getByRole("link", { name: /찜한 작품\s*1/ })).toBeVisible();
  const liked = page.getByRole("main").getByRole("article").filter({ hasText: title });
  await expect(liked).toBeVisible();
  await screenshotBoth(page, "mypage-likes");
  const del = toggleAnswer(page, "DELETE");
  await liked.getByRole("button", { name: "찜하기" }).click();
  expect((await del).likeCount).toBe(likeCount - 1);
  await expect(liked.getByRole("button", { name: "찜하기" })).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByRole("link", { name: /찜한 작품\s*0/ })).toBeVisible();

  await liked.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("button", { name: "찜하기" }).first()).toHaveAttribute("aria-pressed", "false");
});

/** The answer to the next 찜 PUT or DELETE this page sends. */
async function toggleAnswer(page: Page, method: "PUT" | "DELETE"): Promise<{ liked: boolean; likeCount: number }> {
  const response = await page.waitForResponse((r) => r.request().method() === method && /\/api\/products\/\d+\/like$/.test(new URL(r.url()).pathname));
  expect(response.ok()).toBe(true);
  return response.json();
}

test("a visitor's 찜 goes through login and comes back done", async ({ page }) => {
  await page.goto("/products/12");
  const heart = page.getByRole("button", { name: "찜하기" }).first();
  await expect(heart).toHaveAttribute("aria-pressed", "false");
  await heart.click();
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await loginThroughForm(page, "shopper5@example.com", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/products\/12$/);
  await expect(page.getByRole("button", { name: "찜하기" }).first()).toHaveAttribute("aria-pressed", "true");
  // Clean up for the next run: the demo shopper unlikes again. The intent was completed once:
  // coming back to the page does not 찜 it again.
  const unliked = page.waitForResponse((r) => r.request().method() === "DELETE" && new URL(r.url()).pathname === "/api/products/12/like");
  await page.getByRole("button", { name: "찜하기" }).first().click();
  expect((await unliked).ok()).toBe(true);
  await page.reload();
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("button", { name: "찜하기" }).first()).toHaveAttribute("aria-pressed", "false");
});

test("a crafted link carrying ?intent= makes a signed-in browser neither 찜 nor follow", async ({ page, context }) => {
  const [member] = await createMembers(1, "pwcraft");
  await useSession(context, member!.cookie);
  const writes: string[] = [];
  page.on("request", (r) => {
    if (r.method() !== "GET" && /\/api\/(products|ateliers)\/\d+\/(like|follow)$/.test(new URL(r.url()).pathname)) writes.push(r.url());
  });
  await page.goto("/products/12?intent=like:12");
  // Hydrated and quiet: any effect acting on the URL would have sent its request by now.
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("button", { name: "찜하기" }).first()).toHaveAttribute("aria-pressed", "false");
  await page.goto("/ateliers/3?intent=follow:3");
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("button", { name: /팔로우/ })).toHaveAttribute("aria-pressed", "false");
  expect(writes).toEqual([]);
  const likes = (await (await page.request.get("/api/me/likes")).json()) as { items: unknown[] };
  const follows = (await (await page.request.get("/api/me/follows")).json()) as { items: unknown[] };
  expect(likes.items).toEqual([]);
  expect(follows.items).toEqual([]);
});

test("following an atelier from its page, keyboard only", async ({ page, context }) => {
  const [member] = await createMembers(1, "pwfollow");
  await useSession(context, member!.cookie);
  await page.goto("/ateliers/3");
  const follow = page.getByRole("button", { name: /팔로우/ });
  await expect(follow).toHaveAttribute("aria-pressed", "false");
  const followers = page.getByText(/^팔로워 [\d,]+$/);
  const before = Number((await followers.textContent())!.replace(/\D/g, ""));
  await follow.focus();
  await page.keyboard.press("Enter");
  const following = page.getByRole("button", { name: /팔로잉/ });
  await expect(following).toHaveAttribute("aria-pressed", "true");
  await expect(followers).toHaveText(`팔로워 ${(before + 1).toLocaleString("ko-KR")}`);
  await screenshotBoth(page, "atelier-following");
  await page.reload();
  await expect(page.getByRole("button", { name: /팔로잉/ })).toHaveAttribute("aria-pressed", "true");
});

test("every count of the same thing on a page follows the toggle: 찜 on a product page, follow on an atelier card", async ({ page, context }) => {
  const [member] = await createMembers(1, "pwcount");
  await useSession(context, member!.cookie);
  await page.goto("/products/15");
  const title = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
  const put = toggleAnswer(page, "PUT");
  await page.getByRole("button", { name: `${title} 찜하기`, exact: true }).click();
  const { likeCount } = await put;
  await expect(page.getByText(`${likeCount.toLocaleString("ko-KR")}명이 찜했어요`)).toBeVisible();

  await page.goto("/ateliers");
  const card = page.getByRole("main").getByRole("article").first();
  const followed = page.waitForResponse((r) => r.request().method() === "PUT" && /\/api\/ateliers\/\d+\/follow$/.test(new URL(r.url()).pathname));
  await card.getByRole("button", { name: /팔로우/ }).click();
  const { followerCount } = (await (await followed).json()) as { followerCount: number };
  await expect(card.getByText(`팔로워 ${followerCount.toLocaleString("ko-KR")}`)).toBeVisible();
});
