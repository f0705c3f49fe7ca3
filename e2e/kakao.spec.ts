import { expect, test, type Page } from "@playwright/test";
import { agreeToKakaoSignup, continueAsKakaoUser, loginThroughForm, logOutThroughHeader, toggleAndConfirm } from "./support/browser";
import { clearRateLimits, closeData, count, sql } from "./support/data";
import { signUpVerified } from "./support/client";
import { DEMO_PASSWORD, STRONG_PASSWORD, testEnv, uniqueEmail, uniqueNickname } from "./support/env";
import { screenshotBoth } from "./support/screenshots";

test.beforeEach(clearRateLimits);
test.afterEach(async () => {
  await fetch(`${testEnv.kakaoUrl}/_control/reset`, { method: "POST" });
});
test.afterAll(closeData);

const kakaoId = () => 500_000 + Math.floor(Math.random() * 4_000_000);

async function startKakaoLogin(page: Page) {
  await page.goto("/login");
  await page.getByRole("button", { name: "카카오 로그인" }).click();
}

const memberIdOf = async (page: Page) => ((await (await page.request.get("/api/me")).json()) as { id: string }).id;
const kakaoMembers = (id: number) => count("accounts", "provider = 'kakao' AND provider_account_id = $1", [String(id)]);

test("Kakao signup → 찜 → logout → Kakao login again: the same member, across both instances", async ({ page }) => {
  const upstreams = new Set<string>();
  page.on("response", (r) => {
    const upstream = r.headers()["x-upstream"];
    if (upstream) upstreams.add(upstream);
  });
  const user = { id: kakaoId(), nickname: uniqueNickname("카카오"), email: uniqueEmail("kakao"), verified: true };
  await startKakaoLogin(page);
  await expect(page.getByText("카카오계정").first()).toBeVisible();
  await screenshotBoth(page, "kakao-authorize");
  await continueAsKakaoUser(page, user);
  await agreeToKakaoSignup(page);
  await expect(page.getByRole("button", { name: "로그아웃" })).toBeVisible();
  const first = await memberIdOf(page);
  // Kakao's tokens are used once, at login, and never stored.
  const stored = await sql().query("SELECT access_token, refresh_token, id_token FROM accounts WHERE provider = 'kakao' AND provider_account_id = $1", [String(user.id)]);
  expect(stored.rows).toEqual([{ access_token: null, refresh_token: null, id_token: null }]);
  // The login's requests (page, server action, callback, landing) alternated between the two
  // instances: the state and PKCE cookies made by one were checked by the other.
  expect(upstreams.size).toBe(2);

  await page.goto("/products/30");
  await toggleAndConfirm(page, page.getByRole("button", { name: "찜하기" }).first());
  await expect(page.getByRole("button", { name: "찜하기" }).first()).toHaveAttribute("aria-pressed", "true");
  await logOutThroughHeader(page);

  await startKakaoLogin(page);
  await continueAsKakaoUser(page, user);
  await expect(page.getByRole("button", { name: "로그아웃" })).toBeVisible();
  expect(await memberIdOf(page)).toBe(first);
  const member = await sql().query("SELECT email, email_verified FROM members WHERE id = $1", [first]);
  expect(member.rows[0].email).toBe(user.email);
  expect(member.rows[0].email_verified).not.toBeNull();
  await page.goto("/mypage");
  await expect(page.getByRole("link", { name: /찜한 작품\s*1/ })).toBeVisible();
});

test("a Kakao account without email is a full member", async ({ page }) => {
  const user = { id: kakaoId(), nickname: uniqueNickname("무메일") };
  await startKakaoLogin(page);
  await continueAsKakaoUser(page, user);
  await agreeToKakaoSignup(page);
  await expect(page.getByRole("button", { name: "로그아웃" })).toBeVisible();
  await page.goto("/mypage/account");
  await expect(page.getByText("카카오 계정 (이메일 없음)")).toBeVisible();
  // Kakao is this member's only way in: 연결 해제 is off, and says why, instead of failing.
  const leave = page.getByRole("button", { name: "연결 해제" });
  await expect(leave).toBeDisabled();
  await expect(leave).toHaveAccessibleDescription(/카카오가 유일한 로그인 방법이라/);
  await page.goto("/ateliers/5");
  await page.getByRole("button", { name: /팔로우/ }).click();
  await expect(page.getByRole("button", { name: /팔로잉/ })).toHaveAttribute("aria-pressed", "true");
  // Kakao-only members delete their account by typing the confirmation; the Kakao link goes too.
  const id = await memberIdOf(page);
  const wrong = await page.request.delete("/api/me", { data: { confirmation: "탈퇴" } });
  expect(wrong.status()).toBe(400);
  const deleted = await page.request.delete("/api/me", { data: { confirmation: "회원 탈퇴" } });
  expect(deleted.status()).toBe(200);
  expect(await count("members", "id = $1", [id])).toBe(0);
  expect(await kakaoMembers(user.id)).toBe(0);
});

test("a Kakao email that belongs to an email account is not linked; linking from 마이페이지 is", async ({ page }) => {
  const email = uniqueEmail("collide");
  // Signed up in another browser: this one is still signed out when it meets Kakao.
  await signUpVerified(email, uniqueNickname("이메일회원"), STRONG_PASSWORD);
  const user = { id: kakaoId(), nickname: uniqueNickname("겹침"), email, verified: true };

  await startKakaoLogin(page);
  await continueAsKakaoUser(page, user);
  await expect(page).toHaveURL(/\/login\?error=OAuthAccountNotLinked/);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("이메일로 로그인한 뒤 마이페이지");
  await screenshotBoth(page, "kakao-not-linked");
  expect(await kakaoMembers(user.id)).toBe(0);
  expect(await count("members", "email = $1", [email])).toBe(1);

  await loginThroughForm(page, email, STRONG_PASSWORD);
  const emailMember = await memberIdOf(page);
  await page.goto("/mypage/account");
  await page.getByRole("button", { name: "카카오 연결하기" }).click();
  await continueAsKakaoUser(page, user);
  await expect(page).toHaveURL(/\/mypage\/account\?kakao=linked/);
  await expect(page.getByRole("main").getByRole("status")).toContainText("카카오 계정을 연결했어요");
  await screenshotBoth(page, "kakao-linked");

  await logOutThroughHeader(page);
  await startKakaoLogin(page);
  await continueAsKakaoUser(page, user);
  await expect(page.getByRole("button", { name: "로그아웃" })).toBeVisible();
  expect(await memberIdOf(page)).toBe(emailMember);

  // Disconnecting works while a password remains, never for the last way in.
  await page.goto("/mypage/account");
  await page.getByRole("button", { name: "연결 해제" }).click();
  await expect(page.getByRole("button", { name: "카카오 연결하기" })).toBeVisible();
  expect(await kakaoMembers(user.id)).toBe(0);
});

test("cancel at Kakao, a tampered state, and a failing Kakao all end at /login with a Korean message and no member", async ({ page }) => {
  const tried: { id: number; nickname: string }[] = [];
  const fresh = () => {
    const user = { id: kakaoId(), nickname: uniqueNickname("실패") };
    tried.push(user);
    return user;
  };

  // Sent to log in from a product, the visitor types an email, then tries Kakao and cancels there:
  // back at the login page, the email is still typed and logging in still returns to the product.
  await page.goto("/login?callbackUrl=%2Fproducts%2F3");
  await page.getByRole("textbox", { name: "이메일" }).fill("shopper13@example.com");
  await page.getByRole("button", { name: "카카오 로그인" }).click();
  await page.getByRole("button", { name: "취소" }).click();
  await expect(page).toHaveURL(/\/login\?error=/);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("카카오 로그인이 취소되었거나");
  await expect(page.getByRole("textbox", { name: "이메일" })).toHaveValue("shopper13@example.com");
  await page.getByLabel("비밀번호", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "로그인", exact: true }).click();
  await expect(page).toHaveURL(/\/products\/3$/);
  await logOutThroughHeader(page);

  // The stand-in answers the chosen user with a redirect to our callback; change its state.
  const authorize = /\/oauth\/authorize/;
  await page.route(authorize, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const response = await route.fetch({ maxRedirects: 0 });
    const location = new URL(response.headers()["location"]!);
    location.searchParams.set("state", "tampered");
    return route.fulfill({ response, headers: { ...response.headers(), location: location.toString() } });
  });
  await startKakaoLogin(page);
  await continueAsKakaoUser(page, fresh());
  await expect(page).toHaveURL(/\/login\?error=/);
  await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  await page.unroute(authorize);

  for (const [step, mode] of [["token", "error"], ["token", "timeout"], ["userinfo", "error"]] as const) {
    await fetch(`${testEnv.kakaoUrl}/_control/fail`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ step, mode }) });
    await startKakaoLogin(page);
    await continueAsKakaoUser(page, fresh());
    await expect(page, `${step} ${mode}`).toHaveURL(/\/login\?error=/, { timeout: 20_000 });
    await expect(page.getByRole("main").getByRole("alert")).toContainText(/카카오/);
    await fetch(`${testEnv.kakaoUrl}/_control/reset`, { method: "POST" });
  }
  for (const user of tried) {
    expect(await kakaoMembers(user.id)).toBe(0);
    expect(await count("members", "nickname = $1", [user.nickname])).toBe(0);
  }
  expect(await page.request.get("/api/me").then((r) => r.status())).toBe(401);
});
