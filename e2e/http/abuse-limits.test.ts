// Abuse an attacker tried against the build: open redirects after login, forged client
// addresses, password guessing behind a stolen session, and locking the owner out.
// The instances trust one proxy (the balancer: TRUSTED_PROXY_HOPS=1), so a request sent straight
// to an instance with its own X-Forwarded-For plays a client at that address.
import { createHash } from "node:crypto";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ROOT } from "../../scripts/lib/local-env";
import { startServer, waitForHttp, type Server } from "../../scripts/lib/proc";
import { TEST_DIST_DIR, TEST_PORTS } from "../../scripts/test/stack";
import { AppClient, newMember, signUpVerified } from "../support/client";
import { clearRateLimits, closeData, redis } from "../support/data";
import { STRONG_PASSWORD, testEnv, uniqueEmail, uniqueNickname } from "../support/env";
import { tokenFrom, waitForMail } from "../support/mail";

const app = process.env.APP_URL!;
const own: Server[] = [];

beforeEach(() => clearRateLimits());
afterAll(async () => {
  await Promise.all(own.map((s) => s.stop()));
  await closeData();
});

/** A client at `address`, talking to an instance directly (the instance trusts one proxy hop). */
const from = (address: string) => new AppClient({ via: testEnv.instanceUrls[0], forwardedFor: address });
/** Where a login landed: "ok", or the refusal code. */
const outcome = (landed: URL) => (landed.pathname === "/login" ? landed.searchParams.get("code") : "ok");
const loginFrom = async (address: string, email: string, password: string) => outcome(await from(address).login(email, password));

/** Milliseconds left of the lock on (email, address), read as lib/auth/password-failures.ts stores it. */
async function lockLeftMs(email: string, address: string): Promise<number> {
  const hash = (value: string) => createHash("sha256").update(value).digest("base64url").slice(0, 32);
  const until = Number((await redis().hget(`rl:pw-fail:login:${hash(email)}`, `${hash(address)}:until`)) ?? 0);
  const [seconds, micros] = await redis().time();
  return until - (Number(seconds) * 1000 + Math.floor(Number(micros) / 1000));
}

describe("callbackUrl is checked after normalisation", () => {
  const attacks = ["/.//evil.example/p", "/a/..//evil.example", "/%2e//evil.example"];

  it.each(["/login", "/signup"])("a signed-in visit to %s never redirects off the site", async (page) => {
    const member = await newMember(uniqueEmail("redirect"), uniqueNickname(), STRONG_PASSWORD);
    for (const attack of attacks) {
      const response = await member.request(`${page}?callbackUrl=${encodeURIComponent(attack)}`);
      expect(response.status, attack).toBe(307);
      const location = response.headers.get("location")!;
      expect(location, attack).not.toMatch(/^[/\\]{2}/);
      expect(new URL(location, app).origin, attack).toBe(new URL(app).origin);
    }
  });
});

describe("the client address comes from the socket and trusted proxies only", () => {
  const attemptsPerAddress = 60; // lib/rate-limit.ts loginByIp

  it("through the balancer, a forged X-Forwarded-For on every try does not escape the per-address login limit", async () => {
    const codes: (string | null)[] = [];
    for (let i = 0; i <= attemptsPerAddress; i++) codes.push(outcome(await new AppClient({ forwardedFor: `192.0.2.${i}` }).login(uniqueEmail("ghost"), "wrong-password-1")));
    expect(codes.slice(0, attemptsPerAddress).every((c) => c === "invalid")).toBe(true);
    expect(codes.at(-1)).toBe("too_many");
  });

  it("an instance with no proxy in front (TRUSTED_PROXY_HOPS=0) keys on the socket, whatever the client writes", async () => {
    const port = TEST_PORTS.app + 3;
    const env = { ...(process.env as Record<string, string>), NODE_ENV: "production", PORT: String(port), HOSTNAME: "127.0.0.1", TRUSTED_PROXY_HOPS: "0" };
    own.push(startServer(`no-proxy:${port}`, process.execPath, [path.join(ROOT, TEST_DIST_DIR ?? ".next", "standalone/server.js")], env, { quiet: true }));
    const direct = `http://127.0.0.1:${port}`;
    await waitForHttp(`${direct}/api/auth/csrf`);
    const codes: (string | null)[] = [];
    for (let i = 0; i <= attemptsPerAddress; i++) codes.push(outcome(await new AppClient({ via: direct, forwardedFor: `192.0.2.${i}, 198.51.100.${i}` }).login(uniqueEmail("ghost"), "wrong-password-1")));
    expect(codes.slice(0, attemptsPerAddress).every((c) => c === "invalid")).toBe(true);
    expect(codes.at(-1)).toBe("too_many");
  }, 120_000);
});

describe("wrong passwords lock one (account, address), with growing delays", () => {
  it("an attacker's 20 wrong tries from one address do not stop the owner logging in from another", async () => {
    const email = uniqueEmail("owner");
    await signUpVerified(email, uniqueNickname(), STRONG_PASSWORD);
    for (let i = 0; i < 20; i++) expect(["invalid", "locked"]).toContain(await loginFrom("203.0.113.66", email, `guess-${i}-password`));
    expect(await loginFrom("203.0.113.66", email, STRONG_PASSWORD)).toBe("locked");
    expect(await loginFrom("198.51.100.7", email, STRONG_PASSWORD)).toBe("ok");
  });

  it("the same address meets growing delays after 5 wrong passwords, even with the right one", async () => {
    const email = uniqueEmail("delays");
    await signUpVerified(email, uniqueNickname(), STRONG_PASSWORD);
    for (let i = 0; i < 5; i++) expect(await loginFrom("203.0.113.70", email, "wrong-password-1")).toBe("invalid");
    const delays = [await lockLeftMs(email, "203.0.113.70")];
    for (let i = 0; i < 3; i++) {
      // Locked whatever it waited; each try while locked counts, so the lock keeps doubling.
      expect(await loginFrom("203.0.113.70", email, STRONG_PASSWORD)).toBe("locked");
      delays.push(await lockLeftMs(email, "203.0.113.70"));
    }
    expect(delays[0]).toBeLessThanOrEqual(1_000);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThan(delays[i - 1]! * 1.5);
    expect(delays.at(-1)).toBeGreaterThan(4_000);
  });

  it("a completed password reset clears the failures", async () => {
    const email = uniqueEmail("unlock");
    await signUpVerified(email, uniqueNickname(), STRONG_PASSWORD);
    for (let i = 0; i < 10; i++) await loginFrom("203.0.113.80", email, `guess-${i}-password`);
    expect(await loginFrom("203.0.113.80", email, STRONG_PASSWORD)).toBe("locked");

    expect((await new AppClient().json("/api/auth/password-reset", "POST", { email })).status).toBe(202);
    const token = tokenFrom(await waitForMail(email, "재설정"), "/reset-password");
    const password = "잠금-풀린-비밀번호-2026";
    expect((await new AppClient().json("/api/auth/password-reset/confirm", "POST", { token, password, passwordConfirm: password })).status).toBe(200);
    expect(await loginFrom("203.0.113.80", email, password)).toBe("ok");
  });
});

describe("password checks behind a session are limited per member", () => {
  const wrongTries = 15;

  async function guessAll(member: AppClient, send: (password: string) => Promise<Response>) {
    const answers: { status: number; retryAfter: string | null }[] = [];
    for (let i = 0; i < wrongTries; i++) {
      const response = await send(`guess-${i}-password`);
      answers.push({ status: response.status, retryAfter: response.headers.get("retry-after") });
    }
    expect(answers.slice(0, 5).map((a) => a.status)).toEqual(Array(5).fill(400));
    const last = answers.at(-1)!;
    expect(last.status).toBe(429);
    expect(Number(last.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(answers.every((a) => a.status === 400 || a.status === 429)).toBe(true);
  }

  it("PUT /api/me/password: 15 wrong current passwords end in 429 + Retry-After, and the right one waits too", async () => {
    const email = uniqueEmail("stolen");
    const member = await newMember(email, uniqueNickname(), STRONG_PASSWORD);
    const change = (currentPassword: string) => member.json("/api/me/password", "PUT", { currentPassword, password: "새-비밀번호-2026-겨울", passwordConfirm: "새-비밀번호-2026-겨울" });
    await guessAll(member, change);
    const right = await change(STRONG_PASSWORD);
    expect(right.status).toBe(429);
    expect((await right.json()).error.code).toBe("RATE_LIMITED");
    expect(await loginFrom("198.51.100.9", email, STRONG_PASSWORD)).toBe("ok"); // the password did not change
  });

  it("DELETE /api/me: 15 wrong passwords end in 429 + Retry-After, and the account stays", async () => {
    const email = uniqueEmail("stolen-delete");
    const member = await newMember(email, uniqueNickname(), STRONG_PASSWORD);
    await guessAll(member, (password) => member.json("/api/me", "DELETE", { password }));
    expect((await member.json("/api/me", "DELETE", { password: STRONG_PASSWORD })).status).toBe(429);
    expect((await member.request("/api/me")).status).toBe(200);
  });
});
