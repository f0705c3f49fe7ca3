// The advertising-mail rules, pure: consent, the quiet hours in Korea time at their exact
// boundaries, the subject prefix, the named sender, the RFC 8058 headers and the body's link.
import { render } from "@react-email/components";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { advertisingFrom, advertisingSubject, decideAdvertisingMail, type AdRecipient } from "@/lib/mail/advertising";
import { coversLegalHours, quietHoursEnd } from "@/lib/mail/quiet-hours";
import { memberOfUnsubscribeToken, unsubscribeToken } from "@/lib/mail/unsubscribe-token";

/** An instant given in Korea time (UTC+9). */
const kst = (iso: string) => new Date(`${iso}+09:00`);

const links = { pageUrl: "https://comegongbang.kr/unsubscribe?token=m1.abc", oneClickUrl: "https://comegongbang.kr/api/unsubscribe?token=m1.abc" };
const draft = { subject: "흙숨공방의 팔로워 쿠폰이 열렸어요", preview: "팔로워만 받을 수 있어요", content: createElement("p", null, "3,000원 쿠폰") };
const agreed: AdRecipient = { email: "fan@example.com", marketingConsentAt: kst("2026-11-01T12:00:00") };
const decide = (now: Date, recipient = agreed) => decideAdvertisingMail({ recipient, draft, links, mailFrom: "컴공방 <no-reply@comegongbang.kr>", now });

describe("quiet hours (21:00–08:00 KST)", () => {
  it.each([
    ["2026-12-01T20:59:59", null],
    ["2026-12-01T21:00:00", "2026-12-02T08:00:00"],
    ["2026-12-01T23:59:59", "2026-12-02T08:00:00"],
    ["2026-12-02T00:00:00", "2026-12-02T08:00:00"],
    ["2026-12-02T07:59:59", "2026-12-02T08:00:00"],
    ["2026-12-02T08:00:00", null],
    ["2026-12-31T22:30:00", "2027-01-01T08:00:00"],
  ])("at %s KST the mail waits until %s", (at, until) => {
    expect(quietHoursEnd(kst(at))?.toISOString() ?? null).toBe(until && kst(until).toISOString());
  });

  it("holds a mail at 21:00 and at 07:59, sends at 20:59 and at 08:00", () => {
    expect(decide(kst("2026-12-01T20:59:00")).action).toBe("send");
    expect(decide(kst("2026-12-01T21:00:00"))).toEqual({ action: "hold", until: kst("2026-12-02T08:00:00") });
    expect(decide(kst("2026-12-02T07:59:00"))).toEqual({ action: "hold", until: kst("2026-12-02T08:00:00") });
    expect(decide(kst("2026-12-02T08:00:00")).action).toBe("send");
  });

  it("does not depend on the server's time zone: 12:00 UTC is 21:00 in Korea", () => {
    expect(decide(new Date("2026-12-01T12:00:00Z")).action).toBe("hold");
    expect(decide(new Date("2026-12-01T11:59:00Z")).action).toBe("send");
  });
});

describe("a deployment's own window (ADVERTISING_QUIET_HOURS)", () => {
  it.each([
    ["20-09", "2026-12-01T19:59:59", null],
    ["20-09", "2026-12-01T20:00:00", "2026-12-02T09:00:00"],
    ["20-09", "2026-12-02T08:30:00", "2026-12-02T09:00:00"],
    ["13-14", "2026-12-01T13:10:00", "2026-12-01T14:00:00"],
    ["13-14", "2026-12-01T14:00:00", null],
    ["13-08", "2026-12-01T13:10:00", "2026-12-02T08:00:00"],
  ])("with %s, at %s KST the mail waits until %s", (window, at, until) => {
    const [from, to] = window.split("-").map(Number);
    expect(quietHoursEnd(kst(at), { from: from!, until: to! })?.toISOString() ?? null).toBe(until && kst(until).toISOString());
  });

  it("holds with the window it is given, and not at all with none (off)", () => {
    const at = kst("2026-12-01T13:10:00");
    const decideWith = (quietHours: { from: number; until: number } | null) => decideAdvertisingMail({ recipient: agreed, draft, links, mailFrom: "컴공방 <a@b.kr>", now: at, quietHours });
    expect(decideWith({ from: 13, until: 8 })).toEqual({ action: "hold", until: kst("2026-12-02T08:00:00") });
    expect(decideWith(null).action).toBe("send");
  });

  it("a window covers the law's hours only if it holds every hour of 21–08", () => {
    expect(coversLegalHours({ from: 21, until: 8 })).toBe(true);
    expect(coversLegalHours({ from: 19, until: 10 })).toBe(true);
    expect(coversLegalHours({ from: 22, until: 8 })).toBe(false);
    expect(coversLegalHours({ from: 21, until: 7 })).toBe(false);
    expect(coversLegalHours({ from: 13, until: 14 })).toBe(false);
  });
});

describe("who gets advertising mail", () => {
  it("skips a member without consent, whatever the hour", () => {
    expect(decide(kst("2026-12-01T12:00:00"), { ...agreed, marketingConsentAt: null })).toEqual({ action: "skip", reason: "NO_CONSENT" });
    expect(decide(kst("2026-12-01T23:00:00"), { ...agreed, marketingConsentAt: null })).toEqual({ action: "skip", reason: "NO_CONSENT" });
  });

  it("skips a consenting member with no address (a Kakao account without email)", () => {
    expect(decide(kst("2026-12-01T12:00:00"), { ...agreed, email: null })).toEqual({ action: "skip", reason: "NO_ADDRESS" });
  });
});

describe("the mail itself", () => {
  it("starts the subject with (광고), once", () => {
    expect(advertisingSubject("새 쿠폰")).toBe("(광고) 새 쿠폰");
    expect(advertisingSubject("(광고) 새 쿠폰")).toBe("(광고) 새 쿠폰");
    expect(advertisingSubject("  새 쿠폰 (광고)")).toBe("(광고) 새 쿠폰 (광고)");
  });

  it("names the sender in From", () => {
    expect(advertisingFrom("no-reply@comegongbang.kr")).toBe("컴공방 <no-reply@comegongbang.kr>");
    expect(advertisingFrom("<no-reply@comegongbang.kr>")).toBe("컴공방 <no-reply@comegongbang.kr>");
    expect(advertisingFrom("컴공방 <no-reply@comegongbang.kr>")).toBe("컴공방 <no-reply@comegongbang.kr>");
  });

  it("carries the one-click headers and a visible 수신거부 link to the member's page", async () => {
    const decision = decide(kst("2026-12-01T10:00:00"));
    if (decision.action !== "send") throw new Error(`expected send, got ${decision.action}`);
    const { mail } = decision;
    expect(mail).toMatchObject({ to: "fan@example.com", from: "컴공방 <no-reply@comegongbang.kr>", subject: "(광고) 흙숨공방의 팔로워 쿠폰이 열렸어요" });
    expect(mail.headers).toEqual({ "List-Unsubscribe": `<${links.oneClickUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    const html = await render(mail.body);
    expect(html).toContain("3,000원 쿠폰");
    expect(html).toMatch(new RegExp(`<a[^>]+href="${links.pageUrl.replace(/[.?]/g, "\\$&")}"[^>]*>수신거부</a>`));
    const text = await render(mail.body, { plainText: true });
    expect(text).toContain("2026년 11월 1일에 광고성 정보 수신에 동의하신");
    expect(text).toContain(links.pageUrl);
  });
});

describe("the unsubscribe token", () => {
  const secret = "s".repeat(32);

  it("names its member and needs no storage or expiry", () => {
    const token = unsubscribeToken(secret, "cm4member0001");
    expect(token).toMatch(/^cm4member0001\.[A-Za-z0-9_-]{43}$/);
    expect(memberOfUnsubscribeToken(secret, token)).toBe("cm4member0001");
  });

  it("is refused when tampered, moved to another member or signed with another secret", () => {
    const token = unsubscribeToken(secret, "cm4member0001");
    const mac = token.split(".")[1]!;
    expect(memberOfUnsubscribeToken(secret, `cm4member0002.${mac}`)).toBeNull();
    expect(memberOfUnsubscribeToken(secret, `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`)).toBeNull();
    expect(memberOfUnsubscribeToken("t".repeat(32), token)).toBeNull();
    expect(memberOfUnsubscribeToken(secret, mac)).toBeNull();
  });
});
