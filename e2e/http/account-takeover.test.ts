// Account takeover through signup and login methods, against the production build:
// an unverified signup never captures an address (the latest signup wins), and linking a
// login method needs proof of the person, is mailed, and can be undone by a password reset.
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppClient, newMember } from "../support/client";
import { clearRateLimits, closeData, count, redis } from "../support/data";
import { REQUIRED_AGREEMENTS, STRONG_PASSWORD, testEnv, uniqueEmail, uniqueNickname } from "../support/env";
import { kakaoId, kakaoSignIn } from "../support/kakao";
import { mailsTo, tokenFrom, waitForMail, type Mail } from "../support/mail";
import { sessionCookie } from "../support/members";

beforeEach(clearRateLimits);
afterEach(async () => {
  await fetch(`${testEnv.kakaoUrl}/_control/reset`, { method: "POST" });
});
afterAll(closeData);

const ATTACKER_PASSWORD = "공격자가-정한-비밀번호-2026";
const OWNER_PASSWORD = "주인이-정한-비밀번호-2026";

const signupAs = (email: string, nickname: string, password: string) => new AppClient().json("/api/auth/signup", "POST", { email, nickname, password, agreements: REQUIRED_AGREEMENTS });
const verify = (token: string) => new AppClient().json("/api/auth/verify-email", "POST", { token });

/** The verification mail sent for the signup with this nickname (the mail greets it). */
async function verificationMailFor(email: string, nickname: string): Promise<Mail> {
  await waitForMail(email, "인증");
  const deadline = Date.now() + 10_000;
  for (;;) {
    const mail = (await mailsTo(email)).find((m) => m.subject.includes("인증") && (m.text ?? "").includes(nickname));
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`no verification mail greeting ${nickname}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

const memberIdOf = async (client: AppClient) => ((await (await client.request("/api/me")).json()) as { id: string }).id;
const kakaoLinks = (memberId: string) => count("accounts", "user_id = $1 AND provider = 'kakao'", [memberId]);

describe("pre-account takeover", () => {
  it("an attacker's earlier signup with the owner's address captures nothing: the owner's signup wins", async () => {
    const email = uniqueEmail("victim");
    const attacker = uniqueNickname("공격");
    const owner = uniqueNickname("주인");
    expect((await signupAs(email, attacker, ATTACKER_PASSWORD)).status).toBe(202);
    // Seconds later, well within the attacker's 60-second mail cooldown.
    expect((await signupAs(email, owner, OWNER_PASSWORD)).status).toBe(202);

    // Both mails reach the owner's inbox; the attacker's link is dead, the owner's works.
    const attackersLink = await verify(tokenFrom(await verificationMailFor(email, attacker), "/verify-email"));
    expect(attackersLink.status).toBe(400);
    expect((await verify(tokenFrom(await verificationMailFor(email, owner), "/verify-email"))).status).toBe(200);

    const ownerClient = new AppClient();
    expect((await ownerClient.login(email, OWNER_PASSWORD)).pathname).toBe("/");
    const me = (await (await ownerClient.request("/api/me")).json()) as { id: string; nickname: string };
    expect(me.nickname).toBe(owner);
    const refused = await new AppClient().login(email, ATTACKER_PASSWORD);
    expect(refused.pathname).toBe("/login");
    expect(refused.searchParams.get("code")).toBe("invalid");
    expect(await kakaoLinks(me.id)).toBe(0);
    expect(await count("members", "email = $1", [email])).toBe(1);
  });

  it("after the cooldown, 인증 메일 다시 받기 mails a link for the newest signup", async () => {
    const email = uniqueEmail("resend");
    expect((await signupAs(email, uniqueNickname("공격"), ATTACKER_PASSWORD)).status).toBe(202);
    const owner = uniqueNickname("주인");
    expect((await signupAs(email, owner, OWNER_PASSWORD)).status).toBe(202);
    // The owner's own signup restarted the cooldown: an immediate resend is refused…
    expect((await new AppClient().json("/api/auth/resend-verification", "POST", { email })).status).toBe(429);
    await clearRateLimits(); // …a minute later it is not.
    const before = (await mailsTo(email)).length;
    expect((await new AppClient().json("/api/auth/resend-verification", "POST", { email })).status).toBe(202);
    const deadline = Date.now() + 10_000;
    while ((await mailsTo(email)).length === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 150));
    const [newest] = await mailsTo(email);
    expect(newest!.text).toContain(owner);
    expect((await verify(tokenFrom(newest!, "/verify-email"))).status).toBe(200);
    expect((await new AppClient().login(email, OWNER_PASSWORD)).pathname).toBe("/");
  });
});

describe("linking Kakao needs proof of the person", () => {
  /** A verified member whose session logged in `minutesAgo` (a cookie minted with that authAt). */
  async function memberWithSession(minutesAgo: number) {
    const email = uniqueEmail("link");
    const nickname = uniqueNickname("연결");
    const id = await memberIdOf(await newMember(email, nickname, STRONG_PASSWORD));
    const client = new AppClient();
    client.setCookieHeader(await sessionCookie({ id, nickname, authAt: Date.now() - minutesAgo * 60_000 }));
    expect((await client.request("/api/me")).status).toBe(200);
    return { email, id, client };
  }

  it("a stale session cannot link Kakao: refused, nothing linked, no mail", async () => {
    const { email, id, client } = await memberWithSession(10);
    const user = { id: kakaoId(), nickname: uniqueNickname("카카오") };
    const landed = await kakaoSignIn(client, user);
    expect(landed.pathname).toBe("/mypage/account");
    expect(landed.searchParams.get("kakao")).toBe("reauth");
    expect(await kakaoLinks(id)).toBe(0);
    expect(await count("accounts", "provider_account_id = $1", [String(user.id)])).toBe(0);
    expect((await mailsTo(email)).some((m) => m.subject.includes("카카오"))).toBe(false);
    // The page offers the password step.
    expect(await (await client.request("/mypage/account?kakao=reauth")).text()).toContain("비밀번호를 다시 입력");
  });

  it("a re-entered password lets that session link for 5 minutes; a wrong one does not", async () => {
    const { email, id, client } = await memberWithSession(10);
    const wrong = await client.json("/api/me/reauth", "POST", { password: "틀린-비밀번호-2026" });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error.fields.password[0]).toMatch(/맞지 않아요/);
    expect((await client.json("/api/me/reauth", "POST", {})).status).toBe(400);
    expect((await new AppClient().json("/api/me/reauth", "POST", { password: STRONG_PASSWORD })).status).toBe(401);
    expect((await kakaoSignIn(client, { id: kakaoId(), nickname: uniqueNickname("카카오") })).searchParams.get("kakao")).toBe("reauth");

    expect((await client.json("/api/me/reauth", "POST", { password: STRONG_PASSWORD })).status).toBe(200);
    const [key] = await redis().keys("auth:reauth:*");
    expect(await redis().ttl(key!)).toBeLessThanOrEqual(300);
    const user = { id: kakaoId(), nickname: uniqueNickname("카카오") };
    expect((await kakaoSignIn(client, user)).searchParams.get("kakao")).toBe("linked");
    expect(await count("accounts", "user_id = $1 AND provider_account_id = $2", [id, String(user.id)])).toBe(1);
    await waitForMail(email, "카카오 로그인이 연결");
  });

  it("password guesses through the re-entry step meet the same delays as 마이페이지's other password checks", async () => {
    const { client } = await memberWithSession(10);
    const answers: number[] = [];
    for (let i = 0; i < 5; i++) answers.push((await client.json("/api/me/reauth", "POST", { password: `틀린-비밀번호-${i}-2026` })).status);
    expect(answers).toEqual(Array(5).fill(400));
    // Locked now: even the right password is not checked, and the session stays unproven.
    const limited = await client.json("/api/me/reauth", "POST", { password: STRONG_PASSWORD });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await kakaoSignIn(client, { id: kakaoId(), nickname: uniqueNickname("카카오") })).searchParams.get("kakao")).toBe("reauth");
  });

  it("a fresh login can link, once; linking and unlinking are mailed", async () => {
    const email = uniqueEmail("fresh");
    const client = await newMember(email, uniqueNickname("새로"), STRONG_PASSWORD);
    const id = await memberIdOf(client);
    const user = { id: kakaoId(), nickname: uniqueNickname("카카오") };
    expect((await kakaoSignIn(client, user)).searchParams.get("kakao")).toBe("linked");
    expect(await kakaoLinks(id)).toBe(1);
    const linked = await waitForMail(email, "카카오 로그인이 연결");
    expect(linked.text).toContain("비밀번호를 다시 설정");
    // One Kakao per member: a second one is refused, even fresh.
    expect((await kakaoSignIn(client, { id: kakaoId(), nickname: uniqueNickname("둘째") })).searchParams.get("kakao")).toBe("another");
    expect(await kakaoLinks(id)).toBe(1);

    expect((await client.json("/api/me/kakao", "DELETE")).status).toBe(200);
    expect(await kakaoLinks(id)).toBe(0);
    await waitForMail(email, "카카오 로그인 연결이 해제");
  });
});

describe("a password reset shows and removes linked logins", () => {
  async function memberWithKakao() {
    const email = uniqueEmail("reset");
    const client = await newMember(email, uniqueNickname("리셋"), STRONG_PASSWORD);
    const id = await memberIdOf(client);
    expect((await kakaoSignIn(client, { id: kakaoId(), nickname: uniqueNickname("카카오") })).searchParams.get("kakao")).toBe("linked");
    expect((await new AppClient().json("/api/auth/password-reset", "POST", { email })).status).toBe(202);
    const token = tokenFrom(await waitForMail(email, "재설정"), "/reset-password");
    return { email, id, client, token };
  }

  it("offers 카카오 연결도 해제 (checked), removes Kakao, mails it, and ends every session", async () => {
    const { email, id, client, token } = await memberWithKakao();
    const page = await (await new AppClient().request(`/reset-password?token=${token}`)).text();
    expect(page).toContain("카카오 연결도 해제");
    expect(page).toMatch(/<input type="checkbox"[^>]*name="unlinkKakao"[^>]*checked=""/);

    const password = "리셋하고-카카오-해제-2026";
    const reset = await new AppClient().json("/api/auth/password-reset/confirm", "POST", { token, password, passwordConfirm: password, unlinkKakao: true });
    expect(reset.status).toBe(200);
    expect(await kakaoLinks(id)).toBe(0);
    await waitForMail(email, "카카오 로그인 연결이 해제");
    expect((await client.request("/api/me")).status).toBe(401);
    expect((await new AppClient().login(email, password)).pathname).toBe("/");
  });

  it("keeps Kakao when the box is unchecked; a refused password does not use up the link", async () => {
    const { id, token } = await memberWithKakao();
    const weak = await new AppClient().json("/api/auth/password-reset/confirm", "POST", { token, password: "qwertyuiop", passwordConfirm: "qwertyuiop", unlinkKakao: true });
    expect(weak.status).toBe(400);
    expect(await kakaoLinks(id)).toBe(1);
    const password = "리셋하고-카카오-유지-2026";
    expect((await new AppClient().json("/api/auth/password-reset/confirm", "POST", { token, password, passwordConfirm: password })).status).toBe(200);
    expect(await kakaoLinks(id)).toBe(1);
  });
});
