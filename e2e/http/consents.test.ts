// Consent the Korean way (#16 item 4), over HTTP against the production build: the signup's
// required agreements and their timestamps, the optional 광고성 정보 수신 changed from 회원정보,
// and the one-click unsubscribe of advertising mail (RFC 8058: a signed token, no cookie).
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { unsubscribeToken } from "@/lib/mail/unsubscribe-token";
import { AppClient, newMember } from "../support/client";
import { clearRateLimits, closeData, count, sql } from "../support/data";
import { REQUIRED_AGREEMENTS, STRONG_PASSWORD, uniqueEmail, uniqueNickname } from "../support/env";

beforeEach(clearRateLimits);
afterAll(closeData);

const signup = (body: Record<string, unknown>) => new AppClient().json("/api/auth/signup", "POST", { nickname: uniqueNickname(), password: STRONG_PASSWORD, ...body });
const agreementsOf = async (email: string) =>
  (
    await sql().query(
      "SELECT terms_agreed_at, privacy_agreed_at, age14_confirmed_at, marketing_consent_at, marketing_consent_changed_at, created_at FROM members WHERE email = $1",
      [email],
    )
  ).rows[0];

describe("signup agreements", () => {
  const required = ["agreements.terms", "agreements.privacy", "agreements.age14"];

  it.each([
    ["left out", undefined, required],
    ["empty", {}, required],
    ["all false", { terms: false, privacy: false, age14: false, marketing: true }, required],
    ["without 이용약관", { privacy: true, age14: true }, ["agreements.terms"]],
    ["without 개인정보", { terms: true, privacy: false, age14: true }, ["agreements.privacy"]],
    ["without 만 14세", { terms: true, privacy: true }, ["agreements.age14"]],
    ["with strings for booleans", { terms: "true", privacy: 1, age14: "on" }, required],
  ])("a required agreement %s: 400 naming each one, nothing written", async (_, agreements, named) => {
    const email = uniqueEmail("consent");
    const response = await signup({ email, ...(agreements === undefined ? {} : { agreements }) });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(error.fields).sort()).toEqual([...named].sort());
    expect(error.fields["agreements.terms"]?.[0] ?? "이용약관에 동의해 주세요.").toBe("이용약관에 동의해 주세요.");
    expect(await count("members", "email = $1", [email])).toBe(0);
  });

  it("a marketing answer that is not a boolean is named too", async () => {
    const response = await signup({ email: uniqueEmail("consent"), agreements: { ...REQUIRED_AGREEMENTS, marketing: "yes" } });
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).error.fields)).toEqual(["agreements.marketing"]);
  });

  it("stores each agreement with its time; marketing is optional and off unless given", async () => {
    const without = uniqueEmail("nomarketing");
    const before = Date.now();
    expect((await signup({ email: without, agreements: REQUIRED_AGREEMENTS })).status).toBe(202);
    const row = await agreementsOf(without);
    for (const column of ["terms_agreed_at", "privacy_agreed_at", "age14_confirmed_at"]) {
      expect(row[column]).toBeInstanceOf(Date);
      expect(row[column].getTime()).toBeGreaterThanOrEqual(before - 5_000);
    }
    expect(row.marketing_consent_at).toBeNull();

    const withMarketing = uniqueEmail("marketing");
    expect((await signup({ email: withMarketing, agreements: { ...REQUIRED_AGREEMENTS, marketing: true } })).status).toBe(202);
    expect((await agreementsOf(withMarketing)).marketing_consent_at).toBeInstanceOf(Date);
  });

  it("members from before the agreements existed count as agreed at signup (migration, seed)", async () => {
    const row = await agreementsOf("owner@example.com");
    expect(row.terms_agreed_at).toEqual(row.privacy_agreed_at);
    expect(row.terms_agreed_at).not.toBeNull();
    expect(row.marketing_consent_at).toBeNull();
    expect((await agreementsOf("shopper@example.com")).marketing_consent_at).toBeInstanceOf(Date);
  });
});

describe("광고성 정보 수신 in 회원정보", () => {
  it("turns on and off with its date, idempotently; only the member themself, with a boolean", async () => {
    const email = uniqueEmail("toggle");
    const client = await newMember(email, uniqueNickname(), STRONG_PASSWORD);
    expect((await agreementsOf(email)).marketing_consent_at).toBeNull();

    const on = await client.json("/api/me/marketing-consent", "PUT", { agreed: true });
    expect(on.status).toBe(200);
    const first = await on.json();
    expect(first).toEqual({ agreed: true, since: expect.any(String) });
    expect((await agreementsOf(email)).marketing_consent_at.toISOString()).toBe(first.since);
    // The same answer again keeps the date the consent was given.
    expect(await (await client.json("/api/me/marketing-consent", "PUT", { agreed: true })).json()).toEqual(first);

    const off = await (await client.json("/api/me/marketing-consent", "PUT", { agreed: false })).json();
    expect(off).toEqual({ agreed: false, since: expect.any(String) });
    const row = await agreementsOf(email);
    expect(row.marketing_consent_at).toBeNull();
    expect(row.marketing_consent_changed_at.toISOString()).toBe(off.since);

    const bad = await client.json("/api/me/marketing-consent", "PUT", { agreed: "yes" });
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).error.fields)).toEqual(["agreed"]);
    expect((await new AppClient().json("/api/me/marketing-consent", "PUT", { agreed: true })).status).toBe(401);
    expect((await agreementsOf(email)).marketing_consent_at).toBeNull();
  });
});

describe("one-click unsubscribe", () => {
  async function consentingMember() {
    const email = uniqueEmail("unsub");
    expect((await signup({ email, agreements: { ...REQUIRED_AGREEMENTS, marketing: true } })).status).toBe(202);
    const { rows } = await sql().query("SELECT id FROM members WHERE email = $1", [email]);
    return { email, id: rows[0].id as string, token: unsubscribeToken(process.env.AUTH_SECRET!, rows[0].id) };
  }
  const consentOf = async (email: string) => (await agreementsOf(email)).marketing_consent_at;

  it("GET /unsubscribe shows the choice and changes nothing (mail scanners follow links)", async () => {
    const { email, token } = await consentingMember();
    const page = await new AppClient().request(`/unsubscribe?token=${encodeURIComponent(token)}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("수신거부하기");
    expect(await consentOf(email)).toBeInstanceOf(Date);
  });

  it("POST with the mail's token withdraws the consent, without a cookie or confirmation, as RFC 8058 posts it", async () => {
    const { email, token } = await consentingMember();
    const response = await fetch(`${process.env.APP_URL}/api/unsubscribe?token=${encodeURIComponent(token)}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://mail.example.net" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ agreed: false, since: expect.any(String) });
    expect(await consentOf(email)).toBeNull();
    // Again: the same answer, nothing else changes.
    expect((await new AppClient().request(`/api/unsubscribe?token=${encodeURIComponent(token)}`, { method: "POST" })).status).toBe(200);
    expect(await (await new AppClient().request(`/unsubscribe?token=${encodeURIComponent(token)}`)).text()).toContain("이미 광고성 정보를 받지 않고 있어요");
  });

  it("a tampered, moved or foreign-signed token is 400 TOKEN_INVALID and changes nothing", async () => {
    const { email, token } = await consentingMember();
    const other = await consentingMember();
    const [, mac] = token.split(".");
    const tampered = [
      `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`,
      `${other.id}.${mac}`,
      unsubscribeToken("x".repeat(32), other.id),
    ];
    for (const bad of tampered) {
      const response = await new AppClient().request(`/api/unsubscribe?token=${encodeURIComponent(bad)}`, { method: "POST" });
      expect(response.status, bad).toBe(400);
      expect((await response.json()).error.code).toBe("TOKEN_INVALID");
    }
    // Not even shaped like a token: the usual 400 naming the field.
    for (const query of ["", "?token=not-a-token"]) {
      const response = await new AppClient().request(`/api/unsubscribe${query}`, { method: "POST" });
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatchObject({ code: "VALIDATION_FAILED", fields: { token: [expect.any(String)] } });
    }
    expect(await consentOf(email)).toBeInstanceOf(Date);
    expect(await consentOf(other.email)).toBeInstanceOf(Date);
    expect(await (await new AppClient().request(`/unsubscribe?token=${encodeURIComponent(tampered[0]!)}`)).text()).toContain("수신거부 링크가 올바르지 않아요");
  });
});
