// Issue #18 journey 1 in Chromium: a new shopper's 찜 survives signup → mail → verify (the link
// opened in a new tab of the same browser) and completes, with no second password entry; the
// same link again says the account is already verified.
import { expect, test } from "@playwright/test";
import { loginThroughForm, signUpThroughForm } from "./support/browser";
import { clearRateLimits, closeData } from "./support/data";
import { STRONG_PASSWORD, uniqueEmail, uniqueNickname } from "./support/env";
import { linkFrom, waitForMail } from "./support/mail";
import { screenshotBoth } from "./support/screenshots";

test.beforeEach(clearRateLimits);
test.afterAll(closeData);

const PRODUCT = "/products/7";

test("찜 signed out → 회원가입 → mail link in a new tab: signed in, back on the product, 찜'd; the link again: already verified", async ({ page, context }) => {
  const email = uniqueEmail("journey");
  await page.goto(PRODUCT);
  const heart = page.getByRole("button", { name: "찜하기" }).first();
  await expect(heart).toHaveAttribute("aria-pressed", "false");
  await heart.click();
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fproducts%2F7/);

  await page.getByRole("main").getByRole("link", { name: "회원가입" }).click();
  await expect(page).toHaveURL(/\/signup\?callbackUrl=%2Fproducts%2F7/);
  await signUpThroughForm(page, email, uniqueNickname("찜여정"), STRONG_PASSWORD);
  // Every way back keeps the return address.
  await expect(page.getByRole("link", { name: "로그인으로 돌아가기" })).toHaveAttribute("href", "/login?callbackUrl=%2Fproducts%2F7");
  await screenshotBoth(page, "journey-check-email");

  const mail = await waitForMail(email, "인증");
  const link = linkFrom(mail, "/verify-email");
  expect(link.searchParams.get("callbackUrl")).toBe(PRODUCT);
  const path = `${link.pathname}${link.search}`;

  // The mail link opens in a new tab of the same browser.
  const tab = await context.newPage();
  await tab.goto(path);
  await expect(tab).toHaveURL(new RegExp(`${PRODUCT}$`));
  await expect(tab.getByRole("button", { name: "로그아웃" })).toBeVisible();
  await expect(tab.getByRole("button", { name: "찜하기" }).first()).toHaveAttribute("aria-pressed", "true");
  // Done once: coming back does not 찜 again (nor un-찜).
  await tab.reload();
  await expect(tab.getByRole("button", { name: "찜하기" }).first()).toHaveAttribute("aria-pressed", "true");
  await screenshotBoth(tab, "journey-liked");

  // A second click on the used link.
  const again = await context.newPage();
  await again.goto(path);
  await expect(again.getByRole("main").getByRole("status")).toHaveText("이미 인증된 계정이에요. 로그인해 주세요.");
  await expect(again.getByRole("link", { name: "로그인하기" })).toHaveAttribute("href", "/login?callbackUrl=%2Fproducts%2F7");
  await screenshotBoth(again, "journey-already-verified");
});

test("the link opened in another browser verifies, then logs in with the password and comes back to the product", async ({ page, browser }) => {
  const email = uniqueEmail("journeyelsewhere");
  await page.goto(`/signup?callbackUrl=${encodeURIComponent(PRODUCT)}`);
  await signUpThroughForm(page, email, uniqueNickname("다른곳"), STRONG_PASSWORD);

  const mail = await waitForMail(email, "인증");
  const link = linkFrom(mail, "/verify-email");
  const other = await browser.newContext();
  const elsewhere = await other.newPage();
  await elsewhere.goto(`${link.pathname}${link.search}`);
  await expect(elsewhere).toHaveURL(/\/login\?callbackUrl=%2Fproducts%2F7&verified=1/);
  await expect(elsewhere.getByRole("main").getByRole("status")).toContainText("이메일 인증이 끝났어요");
  await loginThroughForm(elsewhere, email, STRONG_PASSWORD);
  await expect(elsewhere).toHaveURL(new RegExp(`${PRODUCT}$`));
  await other.close();
});
