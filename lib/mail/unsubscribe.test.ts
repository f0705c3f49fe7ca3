// Advertising mail through the real Resend SDK into the outbox, and its one-click unsubscribe:
// the decided mail arrives with the named sender, "(광고)" and the RFC 8058 headers; the link
// in those headers withdraws the consent; a forged one changes nothing.
import { createElement } from "react";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { decideAdvertisingMail } from "@/lib/mail/advertising";
import { sendMail } from "@/lib/mail/send";
import { unsubscribe, unsubscribeLinks, unsubscribeStatus } from "@/lib/mail/unsubscribe";
import { closeData } from "@/e2e/support/data";
import { uniqueEmail } from "@/e2e/support/env";
import { waitForMail } from "@/e2e/support/mail";
import { tag } from "@/scripts/test/fixtures";

afterAll(async () => {
  await closeData();
  await db.$disconnect();
});

async function consentingMember() {
  const nickname = `광고${tag()}`;
  const email = uniqueEmail("admail");
  const member = await db.member.create({ data: { email, emailVerified: new Date(), nickname, nicknameKey: nickname, marketingConsentAt: new Date() }, select: { id: true, email: true, marketingConsentAt: true } });
  return member;
}

const noonInKorea = new Date("2026-12-01T03:00:00Z");
const draft = { subject: "팔로우한 공방의 새 쿠폰", preview: "팔로워 쿠폰이 열렸어요", content: createElement("p", null, "흙숨공방 3,000원 쿠폰") };

describe("advertising mail, sent", () => {
  it("arrives named, marked (광고), with one-click headers whose link withdraws the consent", async () => {
    const member = await consentingMember();
    const links = unsubscribeLinks(member.id);
    const decision = decideAdvertisingMail({ recipient: member, draft, links, mailFrom: env.MAIL_FROM, now: noonInKorea });
    if (decision.action !== "send") throw new Error(`expected send, got ${decision.action}`);
    const { to, subject, body, from, headers } = decision.mail;
    expect(await sendMail(to, subject, body, { from, headers })).toBe(true);

    const mail = await waitForMail(member.email!, "(광고)");
    expect(mail.subject).toBe("(광고) 팔로우한 공방의 새 쿠폰");
    expect(mail.from).toMatch(/^컴공방 <[^<>]+>$/);
    expect(mail.headers).toMatchObject({ "List-Unsubscribe": `<${links.oneClickUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    expect(links.oneClickUrl.startsWith(new URL("/api/unsubscribe?token=", env.AUTH_URL).toString())).toBe(true);
    expect(mail.text).toContain(links.pageUrl);

    const token = new URL(links.oneClickUrl).searchParams.get("token")!;
    expect(await unsubscribeStatus(token)).toMatchObject({ agreed: true });
    const forged = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    await expect(unsubscribe(forged)).rejects.toMatchObject({ key: "UNSUBSCRIBE_LINK_INVALID" });
    expect((await db.member.findUniqueOrThrow({ where: { id: member.id } })).marketingConsentAt).not.toBeNull();

    expect(await unsubscribe(token)).toEqual({ agreed: false, since: expect.any(String) });
    expect((await db.member.findUniqueOrThrow({ where: { id: member.id } })).marketingConsentAt).toBeNull();
    // The next mail is not sent: the decision reads the consent again.
    const after = await db.member.findUniqueOrThrow({ where: { id: member.id }, select: { email: true, marketingConsentAt: true } });
    expect(decideAdvertisingMail({ recipient: after, draft, links, mailFrom: env.MAIL_FROM, now: noonInKorea })).toEqual({ action: "skip", reason: "NO_CONSENT" });
  });

  it("a deleted member's link answers that nothing is sent, without an error", async () => {
    const member = await consentingMember();
    const token = new URL(unsubscribeLinks(member.id).oneClickUrl).searchParams.get("token")!;
    await db.member.delete({ where: { id: member.id } });
    expect(await unsubscribe(token)).toEqual({ agreed: false, since: null });
  });
});
