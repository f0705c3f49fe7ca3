import { createHash, randomBytes } from "node:crypto";
import { Auth, type AuthConfig } from "@auth/core";
import Kakao from "@auth/core/providers/kakao";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type KakaoOAuth, startKakaoOAuth } from "./kakao-oauth.ts";

const CLIENT_ID = "test-kakao-client";
const CLIENT_SECRET = "test-kakao-secret";
const REDIRECT_URI = "http://localhost:3000/api/auth/callback/kakao";

let kakao: KakaoOAuth;

beforeAll(async () => {
  kakao = await startKakaoOAuth({ port: 0, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
});
afterEach(() => kakao.reset());
afterAll(() => kakao.close());

// ---------------------------------------------------------------------------
// Helpers: a tiny OAuth client written with plain fetch

function pkcePair() {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

function authorizeUrl(extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ response_type: "code", client_id: CLIENT_ID, redirect_uri: REDIRECT_URI, ...extra });
  return `${kakao.url}/oauth/authorize?${params}`;
}

const unescapeHtml = (s: string) => s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));

/** The hidden fields of the first form on the page — what a browser would post back. */
function hiddenFields(html: string): Record<string, string> {
  const form = html.slice(html.indexOf("<form"), html.indexOf("</form>"));
  return Object.fromEntries(
    [...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1] ?? "", unescapeHtml(m[2] ?? "")]),
  );
}

/** Opens the login page and submits one of its forms, like a browser would. */
async function submitLogin(fields: Record<string, string>, extra: Record<string, string> = {}): Promise<URL> {
  const page = await fetch(authorizeUrl(extra));
  expect(page.status).toBe(200);
  const res = await fetch(`${kakao.url}/oauth/authorize`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...hiddenFields(await page.text()), ...fields }),
    redirect: "manual",
  });
  expect(res.status).toBe(302);
  return new URL(res.headers.get("location") ?? "");
}

async function exchange(code: string, verifier: string, overrides: Record<string, string> = {}): Promise<Response> {
  return fetch(`${kakao.url}/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded;charset=utf-8" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      redirect_uri: REDIRECT_URI,
      code,
      code_verifier: verifier,
      ...overrides,
    }),
  });
}

async function loginAs(userId: number): Promise<{ code: string; verifier: string }> {
  const { verifier, challenge } = pkcePair();
  const back = await submitLogin({ user_id: String(userId) }, { code_challenge: challenge, code_challenge_method: "S256" });
  return { code: back.searchParams.get("code") ?? "", verifier };
}

async function accessTokenFor(userId: number): Promise<string> {
  const { code, verifier } = await loginAs(userId);
  const res = await exchange(code, verifier);
  expect(res.status).toBe(200);
  return ((await res.json()) as { access_token: string }).access_token;
}

async function me(accessToken: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${kakao.url}/v2/user/me`, { ...init, headers: { authorization: `Bearer ${accessToken}` } });
}

// ---------------------------------------------------------------------------

describe("kakao oauth stand-in: authorization page", () => {
  it("lists the test users as Korean buttons plus a custom-user form and a cancel button", async () => {
    const res = await fetch(authorizeUrl({ state: "s1" }));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("카카오계정 로그인");
    expect(html).toContain("#FEE500");
    for (const label of ["카카오쇼퍼로 계속하기", "이메일없는카카오로 계속하기", "미인증카카오로 계속하기", "겹치는이메일로 계속하기"]) {
      expect(html).toMatch(new RegExp(`<button [^>]*>${label}</button>`));
    }
    for (const label of ["카카오 회원번호", "닉네임", "이메일", "이메일 인증됨", "취소"]) expect(html).toContain(label);
    expect(hiddenFields(html)).toMatchObject({ client_id: CLIENT_ID, redirect_uri: REDIRECT_URI, state: "s1" });
  });

  it("rejects an unknown client_id and scopes Kakao would not grant", async () => {
    const unknown = await fetch(authorizeUrl({ client_id: "someone-else" }));
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain("KOE101");

    const oidcDefault = await fetch(authorizeUrl({ scope: "openid profile email" }));
    expect(oidcDefault.status).toBe(400);
    expect(await oidcDefault.text()).toContain("KOE205");
  });

  it("redirects with access_denied and the state when the user cancels", async () => {
    const res = await fetch(`${kakao.url}/oauth/authorize`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ response_type: "code", client_id: CLIENT_ID, redirect_uri: REDIRECT_URI, state: "st ate", action: "cancel" }),
      redirect: "manual",
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(`${REDIRECT_URI}?error=access_denied&error_description=User%20denied%20access&state=st%20ate`);
  });
});

describe("kakao oauth stand-in: code flow", () => {
  it("runs authorize → token (PKCE S256) → /v2/user/me for a verified user", async () => {
    const { verifier, challenge } = pkcePair();
    const back = await submitLogin({ user_id: "1001" }, { state: "xyz", scope: "", code_challenge: challenge, code_challenge_method: "S256" });
    expect(`${back.origin}${back.pathname}`).toBe(REDIRECT_URI);
    expect(back.searchParams.get("state")).toBe("xyz");
    expect(back.searchParams.has("iss")).toBe(false);
    const code = back.searchParams.get("code") ?? "";
    expect(code.length).toBeGreaterThan(20);

    const tokenRes = await exchange(code, verifier);
    expect(tokenRes.status).toBe(200);
    expect(tokenRes.headers.get("content-type")).toBe("application/json;charset=UTF-8");
    expect(tokenRes.headers.get("cache-control")).toBe("no-store");
    const token = (await tokenRes.json()) as Record<string, unknown>;
    expect(token).toMatchObject({
      token_type: "bearer",
      expires_in: 21599,
      scope: "profile_nickname profile_image account_email",
      refresh_token_expires_in: 5183999,
    });
    expect(typeof token.access_token).toBe("string");
    expect(typeof token.refresh_token).toBe("string");
    expect(token).not.toHaveProperty("id_token");

    const profileRes = await me(String(token.access_token));
    expect(profileRes.status).toBe(200);
    const profile = (await profileRes.json()) as Record<string, unknown>;
    expect(profile).toMatchObject({
      id: 1001,
      properties: { nickname: "카카오쇼퍼" },
      kakao_account: {
        profile_nickname_needs_agreement: false,
        profile_image_needs_agreement: false,
        profile: { nickname: "카카오쇼퍼", is_default_image: true },
        has_email: true,
        email_needs_agreement: false,
        is_email_valid: true,
        is_email_verified: true,
        email: "kakao.shopper@example.com",
      },
    });
    expect(profile.connected_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it("omits email fields for a user without email and flags an unverified one", async () => {
    const noEmail = (await (await me(await accessTokenFor(1002))).json()) as { kakao_account: Record<string, unknown> };
    expect(noEmail.kakao_account.has_email).toBe(false);
    expect(noEmail.kakao_account).not.toHaveProperty("email");
    expect(noEmail.kakao_account).not.toHaveProperty("is_email_verified");

    // POST works too, like on kapi.kakao.com.
    const unverified = (await (await me(await accessTokenFor(1003), { method: "POST" })).json()) as { kakao_account: Record<string, unknown> };
    expect(unverified.kakao_account).toMatchObject({ has_email: true, is_email_verified: false, email: "kakao.unverified@example.com" });
  });

  it("rejects a reused code, a wrong PKCE verifier, a wrong redirect_uri and a wrong secret", async () => {
    const first = await loginAs(1001);
    expect((await exchange(first.code, first.verifier)).status).toBe(200);
    const reused = await exchange(first.code, first.verifier);
    expect(reused.status).toBe(400);
    expect(await reused.json()).toEqual({
      error: "invalid_grant",
      error_description: `authorization code not found for code=${first.code}`,
      error_code: "KOE320",
    });

    const badPkce = await loginAs(1001);
    const wrongVerifier = await exchange(badPkce.code, pkcePair().verifier);
    expect(wrongVerifier.status).toBe(400);
    expect(await wrongVerifier.json()).toMatchObject({ error: "invalid_grant", error_code: "KOE320" });

    const badRedirect = await loginAs(1001);
    const mismatch = await exchange(badRedirect.code, badRedirect.verifier, { redirect_uri: "http://localhost:3000/elsewhere" });
    expect(await mismatch.json()).toMatchObject({ error: "invalid_grant" });

    const badSecret = await loginAs(1001);
    const wrongSecret = await exchange(badSecret.code, badSecret.verifier, { client_secret: "nope" });
    expect(wrongSecret.status).toBe(401);
    expect(await wrongSecret.json()).toEqual({ error: "invalid_client", error_description: "Bad client credentials", error_code: "KOE010" });
    // A failed client check does not burn the code.
    expect((await exchange(badSecret.code, badSecret.verifier)).status).toBe(200);
  });

  it("answers 401 in Kakao's shape for an unknown access token", async () => {
    const res = await me("not-a-token");
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ msg: "this access token does not exist", code: -401 });
  });

  it("logs in as a new custom user from the form and remembers them", async () => {
    const id = 900_000 + Math.floor(Math.random() * 1000);
    const back = await submitLogin(
      { action: "custom", custom_id: String(id), custom_nickname: "새로운 공방러", custom_email: "new.maker@example.com", custom_email_verified: "1" },
      { state: "c1" },
    );
    expect(back.searchParams.get("state")).toBe("c1");
    const res = await exchange(back.searchParams.get("code") ?? "", "ignored-without-challenge");
    const token = (await res.json()) as { access_token: string };
    const profile = (await (await me(token.access_token)).json()) as Record<string, unknown>;
    expect(profile).toMatchObject({
      id,
      kakao_account: { profile: { nickname: "새로운 공방러" }, email: "new.maker@example.com", is_email_verified: true },
    });
    expect(kakao.users().map((u) => u.id)).toContain(id);
    const page = await (await fetch(authorizeUrl())).text();
    expect(page).toContain("새로운 공방러로 계속하기");
  });

  it("re-renders the page with a Korean message for an invalid custom user", async () => {
    const page = await fetch(authorizeUrl());
    const res = await fetch(`${kakao.url}/oauth/authorize`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ ...hiddenFields(await page.text()), action: "custom", custom_id: "abc", custom_nickname: "x" }),
      redirect: "manual",
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("카카오 회원번호는 숫자로 입력해 주세요.");
  });
});

describe("kakao oauth stand-in: failure injection", () => {
  it("fails the token step once with a 500, then works again", async () => {
    kakao.fail("token", "error", 1);
    const attempt = await loginAs(1001);
    const failed = await exchange(attempt.code, attempt.verifier);
    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual({ msg: "internal error", code: -1 });

    const retry = await loginAs(1001);
    expect((await exchange(retry.code, retry.verifier)).status).toBe(200);
  });

  it("hangs userinfo on timeout, so a client deadline aborts the request", async () => {
    const token = await accessTokenFor(1001);
    kakao.fail("userinfo", "timeout");
    await expect(me(token, { signal: AbortSignal.timeout(500) })).rejects.toThrow(/aborted|timeout/i);
    kakao.fail("userinfo", "none");
    expect((await me(token)).status).toBe(200);
  });

  it("redirects with server_error when authorize is failed, and is driven over HTTP too", async () => {
    const fail = await fetch(`${kakao.url}/_control/fail`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ step: "authorize", mode: "error", times: 1 }),
    });
    expect(fail.status).toBe(200);
    const res = await fetch(authorizeUrl({ state: "s" }), { redirect: "manual" });
    expect(res.status).toBe(302);
    const back = new URL(res.headers.get("location") ?? "");
    expect(back.searchParams.get("error")).toBe("server_error");
    expect(back.searchParams.get("state")).toBe("s");
    expect((await fetch(authorizeUrl())).status).toBe(200);

    const added = await fetch(`${kakao.url}/_control/users`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ id: 5555, nickname: "컨트롤로추가" }),
    });
    expect(added.status).toBe(201);
    const listed = (await (await fetch(`${kakao.url}/_control/users`)).json()) as { id: number }[];
    expect(listed.map((u) => u.id)).toEqual([1001, 1002, 1003, 1004, 5555]);
    expect((await fetch(`${kakao.url}/_control/reset`, { method: "POST" })).status).toBe(200);
    expect(kakao.users().map((u) => u.id)).toEqual([1001, 1002, 1003, 1004]);
  });

  it("closes promptly even while a request is parked by a timeout", async () => {
    const other = await startKakaoOAuth({ port: 0, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    other.fail("token", "timeout");
    const pending = fetch(`${other.url}/oauth/token`, { method: "POST" }).catch((err: unknown) => err);
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    await other.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(Error);
  });
});

// ---------------------------------------------------------------------------
// The real consumer: Auth.js's own Kakao provider, pointed at the stand-in.

/** Minimal browser cookie jar for driving Auth.js through Request/Response. */
class CookieJar {
  private jar = new Map<string, string>();
  take(res: Response): Response {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1);
      if (!value || /max-age=0/i.test(line)) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    return res;
  }
  header(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

describe("Auth.js Kakao provider against the stand-in", () => {
  const APP = "http://localhost:3000";
  const authConfig = (): AuthConfig => ({
    secret: "stand-in-test-secret-0123456789abcdef",
    trustHost: true,
    basePath: "/api/auth",
    providers: [
      Kakao({
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        // `?scope` keeps the provider's empty scope (= Kakao's configured consent items).
        authorization: `${kakao.url}/oauth/authorize?scope`,
        token: `${kakao.url}/oauth/token`,
        userinfo: `${kakao.url}/v2/user/me`,
      }),
    ],
    logger: { error: () => {}, warn: () => {}, debug: () => {} },
  });
  const app = (jar: CookieJar, path: string, init: RequestInit = {}) =>
    Auth(new Request(`${APP}${path}`, { ...init, headers: { ...init.headers, cookie: jar.header() } }), authConfig()).then((r) => jar.take(r));

  /** Sign-in click → Kakao page → submit `choice` → back to the app's callback. */
  async function signInWithKakao(jar: CookieJar, choice: Record<string, string>): Promise<Response> {
    const { csrfToken } = (await (await app(jar, "/api/auth/csrf")).json()) as { csrfToken: string };
    const start = await app(jar, "/api/auth/signin/kakao", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, callbackUrl: `${APP}/me` }),
    });
    expect(start.status).toBe(302);
    const authorizeLocation = new URL(start.headers.get("location") ?? "");
    expect(authorizeLocation.searchParams.get("code_challenge_method")).toBe("S256");

    const page = await fetch(authorizeLocation);
    const chosen = await fetch(`${kakao.url}/oauth/authorize`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ ...hiddenFields(await page.text()), ...choice }),
      redirect: "manual",
    });
    const callback = new URL(chosen.headers.get("location") ?? "");
    return app(jar, `${callback.pathname}${callback.search}`);
  }

  it("completes sign-in and exposes the Kakao profile in the session", async () => {
    const jar = new CookieJar();
    const done = await signInWithKakao(jar, { user_id: "1001" });
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe(`${APP}/me`);
    const session = (await (await app(jar, "/api/auth/session")).json()) as { user?: Record<string, unknown> };
    expect(session.user).toMatchObject({ name: "카카오쇼퍼", email: "kakao.shopper@example.com" });
  });

  it("turns a failing token endpoint into an Auth.js error redirect", async () => {
    kakao.fail("token", "error", 1);
    const done = await signInWithKakao(new CookieJar(), { user_id: "1001" });
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe(`${APP}/api/auth/error?error=Configuration`);
  });

  it("sends a cancelled Kakao login back to the sign-in page with OAuthCallbackError", async () => {
    const done = await signInWithKakao(new CookieJar(), { action: "cancel" });
    expect(done.headers.get("location")).toBe(`${APP}/api/auth/signin?error=OAuthCallbackError`);
  });
});
