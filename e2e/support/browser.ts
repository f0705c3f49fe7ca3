import { expect, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { testEnv } from "./env";

/** Logs in through the real login form and waits to land where it should. */
export async function loginThroughForm(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole("textbox", { name: "이메일" }).fill(email);
  await page.getByLabel("비밀번호", { exact: true }).fill(password);
  await page.getByRole("button", { name: "로그인", exact: true }).click();
  await expect(page.getByRole("button", { name: "로그아웃" })).toBeVisible();
}

/** Logs out from the header and waits until the page shows it (the 로그인 link is back). */
export async function logOutThroughHeader(page: Page): Promise<void> {
  await page.getByRole("button", { name: "로그아웃" }).click();
  await expect(page.getByRole("link", { name: "로그인" })).toBeVisible();
}

/** Puts a session cookie (see support/members.ts) into a browser context. */
export async function useSession(context: BrowserContext, cookie: string): Promise<void> {
  const [name, ...value] = cookie.split("=");
  await context.addCookies([{ name: name!, value: value.join("="), url: testEnv.appUrl, httpOnly: true, sameSite: "Lax" }]);
}

/**
 * Clicks a 찜/follow toggle on and waits for the server to confirm the change. The toggle shows
 * the click at once (optimistic); a page opened before the write commits would still show the
 * old state, which is not what the test is about.
 */
export async function toggleAndConfirm(page: Page, button: Locator): Promise<void> {
  const saved = page.waitForResponse((r) => r.request().method() === "PUT" && /\/api\/(products|ateliers)\/\d+\/(like|follow)$/.test(new URL(r.url()).pathname));
  await button.click();
  expect((await saved).ok()).toBe(true);
}

/** On the consent step a first Kakao login lands on (/signup/kakao): agree to all and join. */
export async function agreeToKakaoSignup(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/signup\/kakao/);
  await page.getByRole("checkbox", { name: "전체 동의" }).check();
  await page.getByRole("button", { name: "동의하고 가입하기" }).click();
}

/**
 * On the Kakao stand-in's page: continue as this Kakao user, typed into its form rather than
 * picked from its list of known users: another spec running beside this one resets that list.
 * The same id again is the same Kakao account to the app.
 */
export async function continueAsKakaoUser(page: Page, user: { id: number; nickname: string; email?: string; verified?: boolean }): Promise<void> {
  await expect(page.getByText("카카오계정").first()).toBeVisible();
  await page.getByLabel("카카오 회원번호").fill(String(user.id));
  await page.getByLabel("닉네임").fill(user.nickname);
  if (user.email) await page.getByLabel("이메일", { exact: true }).fill(user.email);
  if (user.verified) await page.getByLabel("이메일 인증됨").check();
  await page.getByRole("button", { name: "새 사용자로 계속하기" }).click();
}

/** Fills the signup form (all agreements) and waits for the check-your-mail page. */
export async function signUpThroughForm(page: Page, email: string, nickname: string, password: string): Promise<void> {
  await page.getByRole("textbox", { name: "이메일" }).fill(email);
  await page.getByRole("textbox", { name: "닉네임" }).fill(nickname);
  await page.getByLabel("비밀번호", { exact: true }).fill(password);
  await page.getByLabel("비밀번호 확인").fill(password);
  await page.getByRole("checkbox", { name: "전체 동의" }).check();
  await page.getByRole("button", { name: "가입하기" }).click();
  await expect(page.getByRole("heading", { name: "메일함을 확인해 주세요" })).toBeVisible();
}
