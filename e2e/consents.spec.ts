// Consent the Korean way (#16 item 4) in a real browser: the signup's agreements (전체 동의, the
// required ones announced and focused), a first Kakao login asked once before its member exists,
// 회원정보's 광고성 정보 수신 toggle, the mailed 수신거부 page, and /terms, /privacy from the footer.
import { expect, test, type Page } from "@playwright/test";
import { unsubscribeToken } from "@/lib/mail/unsubscribe-token";
import { agreeToKakaoSignup, continueAsKakaoUser, loginThroughForm, logOutThroughHeader } from "./support/browser";
import { signUpVerified } from "./support/client";
import { clearRateLimits, closeData, count, sql } from "./support/data";
import { REQUIRED_AGREEMENTS, STRONG_PASSWORD, uniqueEmail, uniqueNickname } from "./support/env";
import { screenshotBoth } from "./support/screenshots";

test.beforeEach(clearRateLimits);
test.afterAll(closeData);

const box = (page: Page, name: string) => page.getByRole("checkbox", { name: new RegExp(name) });
const consentSection = (page: Page) => page.getByRole("region", { name: "광고성 정보 수신" });

test("signup: 전체 동의 ticks every box; a missing required one is announced and focused; the answers are stored", async ({ page, context }) => {
  const email = uniqueEmail("consent");
  await page.goto("/signup");
  await page.getByRole("textbox", { name: "이메일" }).fill(email);
  await page.getByRole("textbox", { name: "닉네임" }).fill(uniqueNickname("동의"));
  await page.getByLabel("비밀번호", { exact: true }).fill(STRONG_PASSWORD);
  await page.getByLabel("비밀번호 확인").fill(STRONG_PASSWORD);

  // The terms open beside the form, which keeps what was typed.
  const [terms] = await Promise.all([context.waitForEvent("page"), page.getByRole("link", { name: /이용약관 보기/ }).click()]);
  await expect(terms.getByRole("heading", { level: 1, name: "이용약관" })).toBeVisible();
  await terms.close();
  await expect(page.getByRole("textbox", { name: "이메일" })).toHaveValue(email);

  await page.getByRole("checkbox", { name: "전체 동의" }).check();
  for (const name of ["이용약관", "개인정보", "14세", "광고성"]) await expect(box(page, name)).toBeChecked();
  await expect(box(page, "광고성")).toHaveAccessibleName(/\(선택\)/);
  await expect(box(page, "이용약관")).toHaveAccessibleName(/\(필수\)/);

  await box(page, "이용약관").uncheck();
  await expect(page.getByRole("checkbox", { name: "전체 동의" })).not.toBeChecked();
  await box(page, "14세").uncheck();
  await page.getByRole("button", { name: "가입하기" }).click();
  // Focus goes to the first refused box, whose description is the reason.
  await expect(box(page, "이용약관")).toBeFocused();
  await expect(box(page, "이용약관")).toHaveAccessibleDescription("이용약관에 동의해 주세요.");
  await expect(box(page, "14세")).toHaveAttribute("aria-invalid", "true");
  await screenshotBoth(page, "signup-agreements-refused");
  expect(await count("members", "email = $1", [email])).toBe(0);

  await box(page, "이용약관").check();
  await box(page, "14세").check();
  await box(page, "광고성").uncheck();
  await page.getByRole("button", { name: "가입하기" }).click();
  await expect(page.getByRole("heading", { name: "메일함을 확인해 주세요" })).toBeVisible();
  const { rows } = await sql().query("SELECT terms_agreed_at, privacy_agreed_at, age14_confirmed_at, marketing_consent_at FROM members WHERE email = $1", [email]);
  expect(rows[0]).toMatchObject({
    terms_agreed_at: expect.any(Date),
    privacy_agreed_at: expect.any(Date),
    age14_confirmed_at: expect.any(Date),
    marketing_consent_at: null,
  });
});

test("a first Kakao login is asked once, before its member exists, and returns where it started; later logins are not asked", async ({ page }) => {
  const user = {
    id: 500_000 + Math.floor(Math.random() * 4_000_000),
    nickname: uniqueNickname("동의카카오"),
  };
  const kakaoAccounts = () => count("accounts", "provider = 'kakao' AND provider_account_id = $1", [String(user.id)]);
  await page.goto("/login?callbackUrl=%2Fateliers%2F3");
  await page.getByRole("button", { name: "카카오 로그인" }).click();
  await continueAsKakaoUser(page, user);

  await expect(page).toHaveURL(/\/signup\/kakao\?callbackUrl=%2Fateliers%2F3/);
  await expect(page.getByRole("heading", { name: "카카오로 가입하기" })).toBeVisible();
  await expect(page.getByText(`${user.nickname}님`)).toBeVisible();
  // Nothing exists yet, and the visitor is not signed in.
  expect(await kakaoAccounts()).toBe(0);
  expect(await count("members", "nickname = $1", [user.nickname])).toBe(0);
  expect((await page.request.get("/api/me")).status()).toBe(401);

  await page.getByRole("button", { name: "동의하고 가입하기" }).click();
  await expect(box(page, "이용약관")).toBeFocused();
  await expect(box(page, "개인정보")).toHaveAccessibleDescription(/개인정보 수집·이용에 동의해 주세요/);
  await screenshotBoth(page, "kakao-signup-consent");
  expect(await kakaoAccounts()).toBe(0);

  await agreeToKakaoSignup(page);
  await expect(page).toHaveURL(/\/ateliers\/3$/);
  await expect(page.getByRole("button", { name: "로그아웃" })).toBeVisible();
  expect(await kakaoAccounts()).toBe(1);
  const { rows } = await sql().query("SELECT m.terms_agreed_at, m.marketing_consent_at FROM members m JOIN accounts a ON a.user_id = m.id WHERE a.provider_account_id = $1", [
    String(user.id),
  ]);
  expect(rows[0]).toMatchObject({
    terms_agreed_at: expect.any(Date),
    marketing_consent_at: expect.any(Date),
  });

  // The consent step's key is used up and its cookie gone.
  expect((await page.context().cookies()).some((c) => c.name === "kakao-signup")).toBe(false);

  await logOutThroughHeader(page);
  await page.goto("/login?callbackUrl=%2Fmypage");
  await page.getByRole("button", { name: "카카오 로그인" }).click();
  await continueAsKakaoUser(page, user);
  await expect(page).toHaveURL(/\/mypage$/);
  await expect(page.getByRole("button", { name: "로그아웃" })).toBeVisible();
  expect(await kakaoAccounts()).toBe(1);
});

test("an expired Kakao consent step says so and offers Kakao again", async ({ page }) => {
  await page.goto("/signup/kakao");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("카카오 로그인을 다시 해 주세요");
  await expect(page.getByRole("button", { name: "카카오 로그인" })).toBeVisible();
});

test("회원정보: the 광고성 정보 수신 toggle shows its state and date, and keeps it", async ({ page }) => {
  const email = uniqueEmail("mypage");
  await signUpVerified(email, uniqueNickname("수신"), STRONG_PASSWORD);
  await page.goto("/login?callbackUrl=%2Fmypage%2Faccount");
  await loginThroughForm(page, email, STRONG_PASSWORD);
  const toggle = page.getByRole("button", { name: "광고성 정보 수신 동의" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(consentSection(page)).toContainText("수신 거부");

  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  const today = new Intl.DateTimeFormat("ko-KR", {
    timeZone: "Asia/Seoul",
    year: "numeric",
    month: "long",
    day: "numeric",
  }).format(new Date());
  await expect(consentSection(page)).toContainText(`${today}부터 받고 있어요`);
  await screenshotBoth(page, "mypage-marketing-consent");
  await page.reload();
  await expect(page.getByRole("button", { name: "광고성 정보 수신 동의" })).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("button", { name: "광고성 정보 수신 동의" }).click();
  await expect(page.getByRole("button", { name: "광고성 정보 수신 동의" })).toHaveAttribute("aria-pressed", "false");
  await expect(consentSection(page)).toContainText(`${today}에 수신을 거부했어요`);
});

test("the mailed 수신거부 link: looking changes nothing, the button unsubscribes", async ({ page }) => {
  const email = uniqueEmail("unsubpage");
  await page.request.post("/api/auth/signup", {
    data: {
      email,
      nickname: uniqueNickname("거부"),
      password: STRONG_PASSWORD,
      agreements: { ...REQUIRED_AGREEMENTS, marketing: true },
    },
  });
  const { rows } = await sql().query("SELECT id FROM members WHERE email = $1", [email]);
  const id = rows[0].id as string;
  await page.goto(`/unsubscribe?token=${encodeURIComponent(unsubscribeToken(process.env.AUTH_SECRET!, id))}`);
  await expect(page.getByRole("heading", { name: "광고성 정보 수신거부" })).toBeVisible();
  await screenshotBoth(page, "unsubscribe");
  expect(await count("members", "id = $1 AND marketing_consent_at IS NOT NULL", [id])).toBe(1);
  await page.getByRole("button", { name: "수신거부하기" }).click();
  await expect(page.getByRole("status")).toContainText("수신거부가 처리되었어요");
  expect(await count("members", "id = $1 AND marketing_consent_at IS NULL", [id])).toBe(1);
});

test("/terms and /privacy from the footer, with 사업자 정보", async ({ page }) => {
  await page.goto("/");
  const footer = page.getByRole("contentinfo");
  for (const term of ["상호", "대표", "사업자등록번호", "통신판매업 신고번호", "주소", "고객센터"]) await expect(footer.getByText(term, { exact: true })).toBeVisible();
  await footer.getByRole("link", { name: "이용약관" }).click();
  await expect(page).toHaveURL(/\/terms$/);
  await expect(page.getByRole("heading", { level: 1, name: "이용약관" })).toBeVisible();
  await screenshotBoth(page, "terms");
  await page.getByRole("contentinfo").getByRole("link", { name: "개인정보처리방침" }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.getByRole("heading", { level: 1, name: "개인정보처리방침" })).toBeVisible();
  for (const processor of ["토스페이먼츠", "Resend"]) await expect(page.getByRole("cell", { name: new RegExp(processor) })).toBeVisible();
  await screenshotBoth(page, "privacy");
});
