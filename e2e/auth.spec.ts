import { expect, test } from "@playwright/test";
import { loginThroughForm, logOutThroughHeader, signUpThroughForm } from "./support/browser";
import { signUpVerified } from "./support/client";
import { clearRateLimits, closeData } from "./support/data";
import { REQUIRED_AGREEMENTS, STRONG_PASSWORD, uniqueEmail, uniqueNickname } from "./support/env";
import { tokenFrom, waitForMail } from "./support/mail";
import { screenshotBoth } from "./support/screenshots";

test.beforeEach(clearRateLimits);
test.afterAll(closeData);

test("signup → mail → link → login → 마이페이지 → logout; the old cookie is dead", async ({ page, browser }) => {
  const email = uniqueEmail("pw");
  const nickname = uniqueNickname("새회원");
  await page.goto("/signup");
  await screenshotBoth(page, "signup");

  // Mistakes are explained next to the fields, in Korean, before anything is sent.
  await page.getByRole("textbox", { name: "이메일" }).fill("not-an-email");
  await page.getByRole("button", { name: "가입하기" }).click();
  await expect(page.getByText("올바른 이메일 주소를 입력해 주세요.")).toBeVisible();

  await signUpThroughForm(page, email, nickname, STRONG_PASSWORD);
  await expect(page.getByRole("button", { name: /인증 메일 다시 받기 \(\d+초 후 가능\)/ })).toBeDisabled();
  await screenshotBoth(page, "check-email");

  const mail = await waitForMail(email, "인증");
  // The link opened in another browser than the one that signed up (signup-journey.spec.ts has
  // the same browser, which is signed in at once): verified, then the password login.
  await page.context().clearCookies({ name: "signup-browser" });
  await page.goto(`/verify-email?token=${tokenFrom(mail, "/verify-email")}`);
  await expect(page).toHaveURL(/\/login\?verified=1/);
  await expect(page.getByRole("main").getByRole("status")).toContainText("이메일 인증이 끝났어요");
  await screenshotBoth(page, "login");

  await loginThroughForm(page, email, STRONG_PASSWORD);
  await page.getByRole("link", { name: "마이페이지" }).click();
  await expect(page.getByText(`${nickname}님, 반가워요.`)).toBeVisible();
  await page.getByRole("link", { name: "회원정보" }).click();
  await expect(page.getByRole("heading", { name: "로그인 방법" })).toBeVisible();
  await screenshotBoth(page, "mypage-account");

  const saved = await page.context().cookies();
  await logOutThroughHeader(page);

  // A copy of the cookie taken before logout opens nothing.
  const replay = await browser.newContext();
  await replay.addCookies(saved);
  const replayPage = await replay.newPage();
  await replayPage.goto("/mypage");
  await expect(replayPage).toHaveURL(/\/login\?callbackUrl=%2Fmypage/);
  const api = await replayPage.request.get("/api/me");
  expect(api.status()).toBe(401);
  await replay.close();
});

test("a reused verification link gets a clear Korean error and no login", async ({ page }) => {
  await page.goto("/verify-email?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
  await expect(page.getByRole("main").getByRole("alert")).toContainText(/만료|사용/);
  await expect(page.getByRole("link", { name: "로그인" }).first()).toBeVisible();
  // The way on is there before an address is typed, and says what is missing.
  await page.getByRole("button", { name: "인증 메일 다시 받기" }).click();
  await expect(page.getByRole("main").getByText("이메일을 입력해 주세요.")).toBeVisible();
});

test("a wrong password is refused in Korean; an unverified account is offered a resend", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("textbox", { name: "이메일" }).fill("shopper@example.com");
  await page.getByLabel("비밀번호", { exact: true }).fill("definitely-wrong-1");
  await page.getByRole("button", { name: "로그인", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("이메일 또는 비밀번호가 맞지 않아요.");
  // Focus goes where the person can fix it (the password box), not to <body>.
  await expect(page.getByLabel("비밀번호", { exact: true })).toBeFocused();
  await page.getByRole("textbox", { name: "이메일" }).fill("");
  await page.getByRole("button", { name: "로그인", exact: true }).click();
  await expect(page.getByRole("textbox", { name: "이메일" })).toBeFocused();
  await expect(page.getByRole("textbox", { name: "이메일" })).toHaveAttribute("aria-invalid", "true");

  const email = uniqueEmail("unverified");
  const signup = await page.request.post("/api/auth/signup", { data: { email, nickname: uniqueNickname(), password: STRONG_PASSWORD, agreements: REQUIRED_AGREEMENTS } });
  expect(signup.status()).toBe(202);
  await clearRateLimits();
  await page.getByRole("textbox", { name: "이메일" }).fill(email);
  await page.getByLabel("비밀번호", { exact: true }).fill(STRONG_PASSWORD);
  await page.getByRole("button", { name: "로그인", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("이메일 인증을 마치지 않은 계정이에요");
  await page.getByRole("button", { name: "인증 메일 다시 받기" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("메일을 다시 보냈어요");
});

test("changing the password logs out the other browser", async ({ page, browser }) => {
  const email = uniqueEmail("twobrowsers");
  await signUpVerified(email, uniqueNickname(), STRONG_PASSWORD);

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto("/login");
  await loginThroughForm(otherPage, email, STRONG_PASSWORD);

  await page.goto("/login?callbackUrl=%2Fmypage%2Faccount");
  await loginThroughForm(page, email, STRONG_PASSWORD);
  await expect(page).toHaveURL(/\/mypage\/account/);
  await page.getByLabel("현재 비밀번호").fill(STRONG_PASSWORD);
  await page.getByLabel("새 비밀번호", { exact: true }).fill("바뀐-비밀번호-2026-겨울");
  await page.getByLabel("새 비밀번호 확인").fill("바뀐-비밀번호-2026-겨울");
  await page.getByRole("button", { name: "비밀번호 변경" }).click();
  await expect(page.getByRole("status").filter({ hasText: "비밀번호를 바꿨어요" })).toBeVisible();

  await otherPage.goto("/mypage");
  await expect(otherPage).toHaveURL(/\/login/);
  await page.goto("/mypage");
  await expect(page).toHaveURL(/\/mypage$/);
  await other.close();
});
