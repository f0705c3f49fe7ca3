// Email accounts through HTTP against the production build: signup, verification, login,
// logout that ends the session, password change/reset, deletion, rate limits, enumeration.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { AppClient, newMember, signUpVerified } from "../support/client";
import { clearRateLimits, closeData, count, redis, sql } from "../support/data";
import { DEMO_PASSWORD, REQUIRED_AGREEMENTS, STRONG_PASSWORD, uniqueEmail, uniqueNickname } from "../support/env";
import { mailsTo, tokenFrom, waitForMail } from "../support/mail";

beforeEach(clearRateLimits);
afterAll(closeData);

const anonymous = () => new AppClient();

describe("signup and verification", () => {
  it("signs up, mails a link, verifies once, then logs in", async () => {
    const email = uniqueEmail("signup");
    const response = await anonymous().json("/api/auth/signup", "POST", { email: ` ${email.toUpperCase()} `, nickname: uniqueNickname(), password: STRONG_PASSWORD, agreements: REQUIRED_AGREEMENTS });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ ok: true });

    const row = await sql().query("SELECT email, email_verified, password_hash FROM members WHERE email = $1", [email]);
    expect(row.rows[0].email_verified).toBeNull();
    expect(row.rows[0].password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

    const before = new AppClient();
    expect((await before.login(email, STRONG_PASSWORD)).searchParams.get("code")).toBe("unverified");

    const mail = await waitForMail(email, "인증");
    expect(mail.html).toContain("이메일 인증하기");
    expect(mail.text).toContain("10분");
    const token = tokenFrom(mail, "/verify-email");
    // Only the token's hash is stored, with a TTL of at most 10 minutes.
    const keys = await redis().keys("auth:verify:*");
    expect(keys.some((k) => k.includes(token))).toBe(false);
    const ttls = await Promise.all(keys.map((k) => redis().ttl(k)));
    expect(Math.max(...ttls)).toBeLessThanOrEqual(600);

    const verify = await anonymous().json("/api/auth/verify-email", "POST", { token });
    expect(verify.status).toBe(200);
    // Used once: a second click says the account is verified (signup-browser.test.ts), and verifies nothing again.
    const reused = await anonymous().json("/api/auth/verify-email", "POST", { token });
    expect(reused.status).toBe(409);
    expect((await reused.json()).error.code).toBe("ALREADY_VERIFIED");

    const client = new AppClient();
    expect((await client.login(email, STRONG_PASSWORD, "/mypage")).pathname).toBe("/mypage");
    const me = await client.request("/api/me");
    expect(me.status).toBe(200);
    expect((await me.json()).email).toBe(email);
  });

  it("refuses an expired or tampered token with a clear error and no login", async () => {
    const email = uniqueEmail("expired");
    await anonymous().json("/api/auth/signup", "POST", { email, nickname: uniqueNickname(), password: STRONG_PASSWORD, agreements: REQUIRED_AGREEMENTS });
    const token = tokenFrom(await waitForMail(email, "인증"), "/verify-email");
    const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    const bad = await anonymous().json("/api/auth/verify-email", "POST", { token: tampered });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({ code: "TOKEN_INVALID", message: expect.stringMatching(/만료|사용/) });
    // Expire the real token's key, as Redis does after 10 minutes.
    for (const key of await redis().keys("auth:verify:*")) await redis().pexpire(key, 1);
    await new Promise((r) => setTimeout(r, 20));
    const expired = await anonymous().json("/api/auth/verify-email", "POST", { token });
    expect(expired.status).toBe(400);
    const verified = await sql().query("SELECT email_verified FROM members WHERE email = $1", [email]);
    expect(verified.rows[0].email_verified).toBeNull();
  });

  it("answers the same for a registered and a new email, and mails the owner instead", async () => {
    const registered = await signupAnswer("shopper@example.com");
    const fresh = await signupAnswer(uniqueEmail("fresh"));
    expect(registered).toEqual(fresh);
    expect(registered.status).toBe(202);
    await waitForMail("shopper@example.com", "이미 가입된");

    // Resend: the same answers for a registered and an unknown address, first and again.
    const addresses = ["shopper3@example.com", uniqueEmail("nobody")];
    const first = await Promise.all(addresses.map(resendAnswer));
    expect(first[0]).toEqual(first[1]);
    expect(first[0]!.status).toBe(202);
    const again = await Promise.all(addresses.map(resendAnswer));
    expect(again[0]).toEqual(again[1]);
    expect(again[0]!.status).toBe(429);
  });

  it("makes one member of 20 simultaneous signups with one email", async () => {
    const email = uniqueEmail("race");
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => anonymous().json("/api/auth/signup", "POST", { email, nickname: `${uniqueNickname("동시")}${i}`, password: STRONG_PASSWORD, agreements: REQUIRED_AGREEMENTS })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(202));
    expect(await count("members", "email = $1", [email])).toBe(1);
  });

  it("rejects weak passwords and taken nicknames with field messages in Korean", async () => {
    const email = uniqueEmail("weak");
    const common = await anonymous().json("/api/auth/signup", "POST", { email, nickname: uniqueNickname(), password: "qwertyuiop", agreements: REQUIRED_AGREEMENTS });
    expect(common.status).toBe(400);
    expect((await common.json()).error.fields.password[0]).toMatch(/흔하게/);
    const local = email.split("@")[0]!;
    const withLocal = await anonymous().json("/api/auth/signup", "POST", { email, nickname: uniqueNickname(), password: `${local}!!2026`, agreements: REQUIRED_AGREEMENTS });
    expect((await withLocal.json()).error.fields.password[0]).toMatch(/이메일 아이디/);
    const short = await anonymous().json("/api/auth/signup", "POST", { email, nickname: "한", password: "short", agreements: REQUIRED_AGREEMENTS });
    const body = await short.json();
    expect(body.error.fields.nickname[0]).toMatch(/2자/);
    expect(body.error.fields.password[0]).toMatch(/10자/);
    const taken = await anonymous().json("/api/auth/signup", "POST", { email, nickname: "공방러버", password: STRONG_PASSWORD, agreements: REQUIRED_AGREEMENTS });
    expect(taken.status).toBe(409);
    expect((await taken.json()).error.fields.nickname[0]).toMatch(/이미 사용 중/);
    expect(await count("members", "email = $1", [email])).toBe(0);
  });

  it("limits verification mails: 60 s cooldown with Retry-After", async () => {
    const email = uniqueEmail("cooldown");
    const first = await anonymous().json("/api/auth/resend-verification", "POST", { email });
    expect(first.status).toBe(202);
    const second = await anonymous().json("/api/auth/resend-verification", "POST", { email });
    expect(second.status).toBe(429);
    const retryAfter = Number(second.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await second.json()).error.code).toBe("RATE_LIMITED");
  });
});

async function signupAnswer(email: string) {
  const response = await anonymous().json("/api/auth/signup", "POST", { email, nickname: uniqueNickname(), password: STRONG_PASSWORD, agreements: REQUIRED_AGREEMENTS });
  return { status: response.status, body: await response.json() };
}

async function resendAnswer(email: string) {
  const response = await anonymous().json("/api/auth/resend-verification", "POST", { email });
  return { status: response.status, body: await response.json() };
}

describe("login", () => {
  it("locks one address after 5 failures, even for the right password (more in abuse-limits.test.ts)", async () => {
    const email = uniqueEmail("lock");
    await signUpVerified(email, uniqueNickname(), STRONG_PASSWORD);
    const client = new AppClient();
    for (let i = 0; i < 5; i++) expect((await client.login(email, "wrong-password-123")).searchParams.get("code")).toBe("invalid");
    const sixth = await client.login(email, STRONG_PASSWORD);
    expect(sixth.pathname).toBe("/login");
    expect(sixth.searchParams.get("code")).toBe("locked");
    expect(client.sessionCookie()).toBeUndefined();
  });

  it("answers an unknown email as slowly as a wrong password", async () => {
    const client = new AppClient();
    const time = async (email: string) => {
      const t = performance.now();
      await client.login(email, "not-the-password-1");
      return performance.now() - t;
    };
    await time("shopper@example.com"); // warm up both paths
    const wrong: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 6; i++) {
      wrong.push(await time("shopper@example.com"));
      unknown.push(await time(uniqueEmail("ghost")));
    }
    await clearRateLimits();
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    // Both verify an argon2id hash; without the dummy hash the unknown path would be ~10× faster.
    expect(median(unknown)).toBeGreaterThan(median(wrong) * 0.5);
    expect(median(unknown)).toBeLessThan(median(wrong) * 2);
  });

  it("returns to a same-origin callbackUrl only", async () => {
    const client = new AppClient();
    expect((await client.login("shopper@example.com", DEMO_PASSWORD, "https://evil.example/steal")).host).toBe(new URL(process.env.APP_URL!).host);
  });
});

describe("sessions end when they should", () => {
  it("logout revokes the session: the replayed cookie gets 401 and a redirect to /login", async () => {
    const client = new AppClient();
    await client.login("shopper1@example.com", DEMO_PASSWORD);
    expect((await client.request("/api/me")).status).toBe(200);
    const saved = client.cookieHeader();
    await client.logout();
    expect(client.sessionCookie()).toBeUndefined();

    const replay = new AppClient();
    replay.setCookieHeader(saved);
    expect((await replay.request("/api/me")).status).toBe(401);
    const page = await replay.request("/mypage");
    expect(page.status).toBe(307);
    expect(page.headers.get("location")).toContain("/login?callbackUrl=%2Fmypage");
    // The revoked id is kept only as long as the session could have lived.
    const revoked = await redis().keys("auth:revoked:*");
    const ttl = Math.max(...(await Promise.all(revoked.map((k) => redis().pttl(k)))));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(14 * 24 * 3600 * 1000);
  });

  it("a logged-out cookie replayed on /api/auth/session gets no member, and the cookie is deleted, not re-issued", async () => {
    const client = new AppClient();
    await client.login("shopper2@example.com", DEMO_PASSWORD);
    const live = await client.request("/api/auth/session");
    expect(((await live.json()) as { user?: unknown } | null)?.user).toBeDefined();
    const saved = client.cookieHeader();
    await client.logout();

    const replay = await fetch(`${process.env.APP_URL}/api/auth/session`, { headers: { cookie: saved } });
    expect(replay.status).toBe(200);
    expect(await replay.json()).toBeNull();
    const set = replay.headers.getSetCookie().filter((c) => c.startsWith("authjs.session-token="));
    expect(set.length).toBeGreaterThan(0);
    expect(set.every((c) => /^authjs\.session-token=;/.test(c) && /max-age=0|expires=Thu, 01 Jan 1970/i.test(c))).toBe(true);
  });

  it("a password change ends every other session, not this one", async () => {
    const email = uniqueEmail("change");
    const laptop = await newMember(email, uniqueNickname(), STRONG_PASSWORD);
    const phone = new AppClient();
    await phone.login(email, STRONG_PASSWORD);
    expect((await phone.request("/api/me")).status).toBe(200);

    const wrong = await laptop.json("/api/me/password", "PUT", { currentPassword: "nope-nope-nope", password: "새-비밀번호-2026-겨울", passwordConfirm: "새-비밀번호-2026-겨울" });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error.fields.currentPassword).toBeDefined();

    const changed = await laptop.json("/api/me/password", "PUT", { currentPassword: STRONG_PASSWORD, password: "새-비밀번호-2026-겨울", passwordConfirm: "새-비밀번호-2026-겨울" });
    expect(changed.status).toBe(200);
    expect((await laptop.request("/api/me")).status).toBe(200);
    expect((await phone.request("/api/me")).status).toBe(401);
    await waitForMail(email, "비밀번호가 변경");
    expect((await new AppClient().login(email, "새-비밀번호-2026-겨울")).pathname).toBe("/");
  });

  it("a password reset by mail ends all sessions; its link works once", async () => {
    const email = uniqueEmail("reset");
    const session = await newMember(email, uniqueNickname(), STRONG_PASSWORD);
    const request = await anonymous().json("/api/auth/password-reset", "POST", { email });
    expect(request.status).toBe(202);
    const token = tokenFrom(await waitForMail(email, "재설정"), "/reset-password");
    const body = { token, password: "리셋한-비밀번호-2026", passwordConfirm: "리셋한-비밀번호-2026" };
    expect((await anonymous().json("/api/auth/password-reset/confirm", "POST", body)).status).toBe(200);
    expect((await anonymous().json("/api/auth/password-reset/confirm", "POST", body)).status).toBe(400);
    expect((await session.request("/api/me")).status).toBe(401);
    expect((await new AppClient().login(email, "리셋한-비밀번호-2026")).pathname).toBe("/");
    // Unknown addresses get the same answer and no mail.
    const ghost = uniqueEmail("ghost");
    expect((await anonymous().json("/api/auth/password-reset", "POST", { email: ghost })).status).toBe(202);
    expect(await mailsTo(ghost)).toEqual([]);
  });
});

describe("profile and deletion", () => {
  it("changes the nickname (unique, case-insensitive) and shows it in the header", async () => {
    const client = await newMember(uniqueEmail("nick"), uniqueNickname(), STRONG_PASSWORD);
    const taken = await client.json("/api/me", "PATCH", { nickname: "공방러버" });
    expect(taken.status).toBe(409);
    const nickname = uniqueNickname("새이름");
    expect((await client.json("/api/me", "PATCH", { nickname })).status).toBe(200);
    expect(await (await client.request("/mypage")).text()).toContain(nickname);
  });

  it("deletes the account: likes and follows go with exact counts, coupons stay anonymous, sessions end", async () => {
    const email = uniqueEmail("bye");
    const client = await newMember(email, uniqueNickname(), STRONG_PASSWORD);
    const memberId = (await (await client.request("/api/me")).json()).id as string;
    await sql().query("INSERT INTO likes (user_id, product_id) VALUES ($1, 3)", [memberId]);
    await sql().query("UPDATE products SET like_count = like_count + 1 WHERE id = 3");
    await sql().query("INSERT INTO follows (user_id, atelier_id) VALUES ($1, 4)", [memberId]);
    await sql().query("UPDATE ateliers SET follower_count = follower_count + 1 WHERE id = 4");
    const event = await sql().query<{ id: number }>(
      "INSERT INTO coupon_events (title, discount_type, discount_value, total_quantity, starts_at, ends_at, valid_days, updated_at) VALUES ('탈퇴 테스트', 'AMOUNT', 1000, 10, now() - interval '1 hour', now() + interval '1 hour', 7, now()) RETURNING id",
    );
    const eventId = event.rows[0]!.id;
    await sql().query("INSERT INTO coupons (id, event_id, user_id, seq, expires_at) VALUES ($1, $2, $3, 1, now() + interval '7 days')", [`c-${memberId}`, eventId, memberId]);

    const wrong = await client.json("/api/me", "DELETE", { password: "not-my-password" });
    expect(wrong.status).toBe(400);
    expect((await client.json("/api/me", "DELETE", { password: STRONG_PASSWORD, agreements: REQUIRED_AGREEMENTS })).status).toBe(200);

    expect(await count("members", "id = $1", [memberId])).toBe(0);
    expect(await count("products", "like_count <> (SELECT count(*) FROM likes l WHERE l.product_id = products.id)")).toBe(0);
    expect(await count("ateliers", "follower_count <> (SELECT count(*) FROM follows f WHERE f.atelier_id = ateliers.id)")).toBe(0);
    expect(await count("coupons", "event_id = $1 AND user_id IS NULL", [eventId])).toBe(1);
    expect((await client.request("/api/me")).status).toBe(401);
  });
});

describe("bad input never writes and never 500s", () => {
  const bodies: [string, RequestInit][] = [
    ["no body", { method: "POST", headers: { "content-type": "application/json" } }],
    ["invalid JSON", { method: "POST", headers: { "content-type": "application/json" }, body: "{\"email\":" }],
    ["wrong content type", { method: "POST", headers: { "content-type": "text/plain" }, body: "email=a@b.c" }],
    ["form encoded", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "email=a%40b.c" }],
    ["wrong types", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: 12, password: [], nickname: {}, token: false }) }],
    ["1 MB strings", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: `${"a".repeat(1_000_000)}@x.com`, password: "p".repeat(1_000_000), nickname: "n", token: "t" }) }],
    ["array", { method: "POST", headers: { "content-type": "application/json" }, body: "[]" }],
  ];
  const routes = ["/api/auth/signup", "/api/auth/verify-email", "/api/auth/resend-verification", "/api/auth/password-reset", "/api/auth/password-reset/confirm"];

  for (const route of routes) {
    it(`${route}: 400 with the error shape`, async () => {
      const members = await count("members");
      for (const [name, init] of bodies) {
        const response = await anonymous().request(route, init);
        expect(response.status, `${route} ${name}`).toBe(400);
        const body = await response.json();
        expect(body.error, `${route} ${name}`).toMatchObject({ code: expect.stringMatching(/^[A-Z_]+$/), message: expect.any(String) });
      }
      expect(await count("members")).toBe(members);
    });
  }

  it("a signed-in member's profile routes answer 400 too", async () => {
    const client = new AppClient();
    await client.login("shopper2@example.com", DEMO_PASSWORD);
    for (const [path, method] of [["/api/me", "PATCH"], ["/api/me/password", "PUT"], ["/api/me", "DELETE"]] as const) {
      for (const [name, init] of bodies) {
        const response = await client.request(path, { ...init, method });
        expect(response.status, `${method} ${path} ${name}`).toBe(400);
      }
    }
    expect((await client.request("/api/me")).status).toBe(200);
  });
});

describe("cross-origin requests", () => {
  it("refuses a mutating request whose Origin is another site", async () => {
    const response = await anonymous().request("/api/auth/signup", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: JSON.stringify({ email: uniqueEmail("csrf"), nickname: uniqueNickname(), password: STRONG_PASSWORD, agreements: REQUIRED_AGREEMENTS }),
    });
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe("CROSS_ORIGIN");
  });
});
