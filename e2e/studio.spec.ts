import { expect, test } from "@playwright/test";
import { loginThroughForm, toggleAndConfirm, useSession } from "./support/browser";
import { clearRateLimits, closeData } from "./support/data";
import { DEMO_PASSWORD } from "./support/env";
import { createMembers } from "./support/members";
import { screenshotBoth } from "./support/screenshots";

test.beforeEach(clearRateLimits);
test.afterAll(closeData);

test("a shopper follows; the owner sees them, removes them; the shopper's button says 팔로우 again", async ({ page, context, browser }) => {
  const [shopper] = await createMembers(1, "pwfan");
  await useSession(context, shopper!.cookie);
  await page.goto("/ateliers/1");
  await toggleAndConfirm(page, page.getByRole("button", { name: /팔로우/ }));
  await expect(page.getByRole("button", { name: /팔로잉/ })).toHaveAttribute("aria-pressed", "true");

  const ownerContext = await browser.newContext();
  const studio = await ownerContext.newPage();
  await studio.goto("/login?callbackUrl=%2Fstudio%2Ffollowers");
  await loginThroughForm(studio, "owner@example.com", DEMO_PASSWORD);
  await expect(studio.getByRole("heading", { level: 1 })).toContainText("팔로워");
  const row = studio.getByRole("listitem").filter({ hasText: shopper!.nickname });
  await expect(row).toBeVisible();
  await expect(studio.getByRole("img", { name: /최근 30일 동안/ })).toBeVisible();
  await screenshotBoth(studio, "studio-followers");

  studio.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: `삭제 ${shopper!.nickname}` }).click();
  await expect(row).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole("button", { name: /팔로우/ })).toHaveAttribute("aria-pressed", "false");
  await ownerContext.close();
});

test("a shopper who opens the studio is told it is for owners", async ({ page }) => {
  await page.goto("/login?callbackUrl=%2Fstudio%2Ffollowers");
  await loginThroughForm(page, "shopper1@example.com", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "접근 권한이 없어요" })).toBeVisible();
});
