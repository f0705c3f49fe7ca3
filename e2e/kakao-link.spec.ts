import { expect, test } from "@playwright/test";
import { useSession } from "./support/browser";
import { signUpVerified } from "./support/client";
import { clearRateLimits, closeData, count, sql } from "./support/data";
import { STRONG_PASSWORD, testEnv, uniqueEmail, uniqueNickname } from "./support/env";
import { kakaoId } from "./support/kakao";
import { waitForMail } from "./support/mail";
import { sessionCookie } from "./support/members";

test.beforeEach(clearRateLimits);
test.afterEach(async () => {
  await fetch(`${testEnv.kakaoUrl}/_control/reset`, { method: "POST" });
});
test.afterAll(closeData);

test("마이페이지: a session older than 5 minutes re-enters the password before linking Kakao", async ({ page, context }) => {
  const email = uniqueEmail("reauth");
  const nickname = uniqueNickname("재확인");
  await signUpVerified(email, nickname, STRONG_PASSWORD);
  const { rows } = await sql().query<{ id: string }>("SELECT id FROM members WHERE email = $1", [email]);
  const id = rows[0]!.id;
  await useSession(context, await sessionCookie({ id, nickname, authAt: Date.now() - 10 * 60_000 }));

  await page.goto("/mypage/account");
  await page.getByRole("button", { name: "카카오 연결하기" }).click();
  const step = page.getByRole("form", { name: "본인 확인" });
  const password = step.getByLabel("비밀번호 다시 입력");
  await expect(password).toBeFocused();

  await step.getByRole("button", { name: "확인하고 카카오 연결하기" }).click();
  await expect(step.getByRole("alert")).toHaveText("비밀번호를 입력해 주세요.");
  await password.fill("틀린-비밀번호-2026");
  await step.getByRole("button", { name: "확인하고 카카오 연결하기" }).click();
  await expect(step.getByRole("alert")).toHaveText("비밀번호가 맞지 않아요.");
  await expect(password).toHaveAttribute("aria-invalid", "true");
  expect(await count("accounts", "user_id = $1", [id])).toBe(0);

  await password.fill(STRONG_PASSWORD);
  await step.getByRole("button", { name: "확인하고 카카오 연결하기" }).click();
  // The Kakao stand-in: a new Kakao user.
  await page.getByLabel("카카오 회원번호").fill(String(kakaoId()));
  await page.getByLabel("닉네임").fill(uniqueNickname("카카오"));
  await page.getByRole("button", { name: "새 사용자로 계속하기" }).click();

  await expect(page).toHaveURL(/\/mypage\/account\?kakao=linked/);
  await expect(page.getByRole("main").getByRole("status")).toContainText("카카오 계정을 연결했어요");
  await expect(page.getByRole("button", { name: "연결 해제" })).toBeVisible();
  expect(await count("accounts", "user_id = $1 AND provider = 'kakao'", [id])).toBe(1);
  await waitForMail(email, "카카오 로그인이 연결");
});

test("마이페이지: a page opened while fresh, clicked after 5 minutes, asks for the password", async ({ page, context }) => {
  const email = uniqueEmail("reauth2");
  const nickname = uniqueNickname("재확인");
  await signUpVerified(email, nickname, STRONG_PASSWORD);
  const { rows } = await sql().query<{ id: string }>("SELECT id FROM members WHERE email = $1", [email]);
  const member = { id: rows[0]!.id, nickname };
  await useSession(context, await sessionCookie(member));
  await page.goto("/mypage/account");
  await expect(page.getByRole("button", { name: "카카오 연결하기" })).toBeVisible();
  // Time passes: the same browser's session is now 10 minutes old.
  await useSession(context, await sessionCookie({ ...member, authAt: Date.now() - 10 * 60_000 }));
  await page.getByRole("button", { name: "카카오 연결하기" }).click();

  await expect(page).toHaveURL(/\/mypage\/account\?kakao=reauth/);
  await expect(page.getByRole("main").getByRole("alert").first()).toContainText("본인 확인이 필요해요");
  await expect(page.getByRole("form", { name: "본인 확인" }).getByLabel("비밀번호 다시 입력")).toBeFocused();
  expect(await count("accounts", "user_id = $1", [member.id])).toBe(0);
});
