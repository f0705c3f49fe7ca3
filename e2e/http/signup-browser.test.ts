// Issue #18 journey 1 over HTTP: the signup's return address rides in the mailed link, and the
// link signs in only the browser that signed up (its HttpOnly cookie), once; any other request
// only verifies. A used link of a verified member says so.
import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { AppClient } from "../support/client";
import { clearRateLimits, closeData, redis, sql } from "../support/data";
import { REQUIRED_AGREEMENTS, STRONG_PASSWORD, testEnv, uniqueEmail, uniqueNickname } from "../support/env";
import { linkFrom, mailsTo, tokenFrom, waitForMail } from "../support/mail";

beforeEach(clearRateLimits);
afterAll(closeData);

/** Signs up through `client` (a browser profile); returns the answer and the mailed link. */
async function signUp(client: AppClient, email: string, callbackUrl?: unknown) {
  const response = await client.json("/api/auth/signup", "POST", { email, nickname: uniqueNickname(), password: STRONG_PASSWORD, agreements: REQUIRED_AGREEMENTS, callbackUrl });
  expect(response.status).toBe(202);
  const mail = await waitForMail(email, "인증");
  return { response, token: tokenFrom(mail, "/verify-email"), link: linkFrom(mail, "/verify-email") };
}

const verify = (client: AppClient, token: string) => client.json("/api/auth/verify-email", "POST", { token });

/** The member this client's session belongs to, or null when it has none. */
async function signedInAs(client: AppClient): Promise<string | null> {
  const me = await client.request("/api/me");
  return me.status === 200 ? ((await me.json()) as { email: string }).email : null;
}

describe("verifying a signup's link", () => {
  it("signs in the browser that signed up, once, with an HttpOnly SameSite=Lax cookie scoped to /api/auth", async () => {
    const browser = new AppClient();
    const email = uniqueEmail("samebrowser");
    const { response, token } = await signUp(browser, email, "/products/3");
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("signup-browser="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\/api\/auth/i);
    // The secret is never stored: the token's record holds its SHA-256 only.
    const secret = /^signup-browser=([^;]+)/.exec(cookie!)![1]!;
    const records = await Promise.all((await redis().keys("auth:verify:*")).map((k) => redis().get(k)));
    expect(records.some((r) => r?.includes(secret))).toBe(false);
    expect(records).toContainEqual(expect.stringContaining(createHash("sha256").update(secret).digest("hex")));

    const verified = await verify(browser, token);
    expect(verified.status).toBe(200);
    expect(await verified.json()).toEqual({ ok: true, email, signedIn: true });
    expect(verified.headers.getSetCookie().some((c) => /^signup-browser=;/.test(c) || /^signup-browser=.*Max-Age=0/i.test(c))).toBe(true);
    expect(await signedInAs(browser)).toBe(email);
    // Auth.js made the session as for any login: it is registered, so logout ends it.
    await browser.logout();
    expect(await signedInAs(browser)).toBeNull();
  });

  it("only verifies without the cookie (another browser, a mail scanner): the member logs in as before", async () => {
    const email = uniqueEmail("otherbrowser");
    const { token } = await signUp(new AppClient(), email);
    const elsewhere = new AppClient();
    const verified = await verify(elsewhere, token);
    expect(await verified.json()).toEqual({ ok: true, email, signedIn: false });
    expect(elsewhere.sessionCookie()).toBeUndefined();
    expect(await signedInAs(elsewhere)).toBeNull();
    const row = await sql().query("SELECT email_verified FROM members WHERE email = $1", [email]);
    expect(row.rows[0].email_verified).not.toBeNull();
    expect((await elsewhere.login(email, STRONG_PASSWORD, "/products/3")).pathname).toBe("/products/3");
  });

  it("a forged cookie, or another signup's cookie, does not sign in", async () => {
    const [first, second] = [uniqueEmail("victim"), uniqueEmail("victim")];
    const firstLink = await signUp(new AppClient(), first);
    const secondLink = await signUp(new AppClient(), second);
    const forged = new AppClient();
    forged.setCookieHeader(`signup-browser=${randomBytes(32).toString("base64url")}`);
    expect(await (await verify(forged, firstLink.token)).json()).toEqual({ ok: true, email: first, signedIn: false });
    expect(await signedInAs(forged)).toBeNull();
    // Someone who signed up in their own browser holds a real cookie, just not this link's.
    const stranger = new AppClient();
    await signUp(stranger, uniqueEmail("stranger"));
    expect(await (await verify(stranger, secondLink.token)).json()).toEqual({ ok: true, email: second, signedIn: false });
    expect(await signedInAs(stranger)).toBeNull();
  });

  it("a sign-in ticket works once, and a made-up one never", async () => {
    const email = uniqueEmail("ticket");
    await signUp(new AppClient(), email);
    await sql().query("UPDATE members SET email_verified = now() WHERE email = $1", [email]);
    const { rows } = await sql().query("SELECT id FROM members WHERE email = $1", [email]);
    // A ticket as the verify route issues it (60 s, its SHA-256 only), redeemed through Auth.js.
    const ticket = randomBytes(32).toString("base64url");
    await redis().set(`auth:signin-ticket:${createHash("sha256").update(ticket).digest("hex")}`, rows[0].id, "EX", 60);
    const redeem = async (client: AppClient, value: string) => {
      const csrfToken = await client.csrfToken();
      const response = await client.request("/api/auth/callback/signup-verified", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken, ticket: value, callbackUrl: "/" }).toString(),
      });
      return new URL(response.headers.get("location") ?? "/", testEnv.appUrl);
    };
    const first = new AppClient();
    expect((await redeem(first, ticket)).pathname).toBe("/");
    expect(await signedInAs(first)).toBe(email);
    const second = new AppClient();
    expect((await redeem(second, ticket)).pathname).toBe("/login");
    expect(await signedInAs(second)).toBeNull();
    const guessed = new AppClient();
    expect((await redeem(guessed, randomBytes(32).toString("base64url"))).pathname).toBe("/login");
    expect(await signedInAs(guessed)).toBeNull();
  });

  it("a used link of a verified member says it is already verified; an unknown one stays invalid", async () => {
    const email = uniqueEmail("usedlink");
    const { token } = await signUp(new AppClient(), email);
    expect((await verify(new AppClient(), token)).status).toBe(200);
    const again = await verify(new AppClient(), token);
    expect(again.status).toBe(409);
    expect((await again.json()).error).toEqual({ code: "ALREADY_VERIFIED", message: "이미 인증된 계정이에요. 로그인해 주세요." });
    const unknown = await verify(new AppClient(), randomBytes(32).toString("base64url"));
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error.code).toBe("TOKEN_INVALID");
  });
});

describe("the signup's return address", () => {
  it("rides in the mailed link when it is a path of this site", async () => {
    const { link } = await signUp(new AppClient(), uniqueEmail("callback"), "/products/3?from=like");
    expect(link.pathname).toBe("/verify-email");
    expect(link.searchParams.get("callbackUrl")).toBe("/products/3?from=like");
  });

  it.each(["https://evil.example/x", "//evil.example", "/\\evil.example", "/api/me", "javascript:alert(1)"])("%s becomes the home page: the link carries none", async (callbackUrl) => {
    const { link } = await signUp(new AppClient(), uniqueEmail("badcallback"), callbackUrl);
    expect(link.searchParams.get("callbackUrl")).toBeNull();
  });

  it("a callbackUrl that is not a string is 400 with fields, and signs nobody up", async () => {
    const email = uniqueEmail("numbercallback");
    const response = await new AppClient().json("/api/auth/signup", "POST", { email, nickname: uniqueNickname(), password: STRONG_PASSWORD, agreements: REQUIRED_AGREEMENTS, callbackUrl: 42 });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields.callbackUrl).toBeDefined();
    expect((await sql().query("SELECT 1 FROM members WHERE email = $1", [email])).rowCount).toBe(0);
  });

  it("a resent link keeps it too", async () => {
    const browser = new AppClient();
    const email = uniqueEmail("resend");
    await signUp(browser, email, "/ateliers/2");
    await clearRateLimits(); // and the resend cooldown
    expect((await browser.json("/api/auth/resend-verification", "POST", { email, callbackUrl: "/ateliers/2" })).status).toBe(202);
    const deadline = Date.now() + 10_000;
    let links: URL[] = [];
    while (links.length < 2 && Date.now() < deadline) {
      links = (await mailsTo(email)).filter((m) => m.subject.includes("인증")).map((m) => linkFrom(m, "/verify-email"));
      await new Promise((r) => setTimeout(r, 150));
    }
    expect(links).toHaveLength(2);
    expect(links.map((l) => l.searchParams.get("callbackUrl"))).toEqual(["/ateliers/2", "/ateliers/2"]);
    // The newest link, from the same browser, signs in.
    expect(await (await verify(browser, links[0]!.searchParams.get("token")!)).json()).toEqual({ ok: true, email, signedIn: true });
  });
});
