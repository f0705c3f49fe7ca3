// The rules of advertising mail (광고성 정보, 정보통신망법 §50 and its decree), as one pure
// decision: whether a draft may go to a member now, later, or not at all, and the exact mail if
// it may. Whoever sends advertising (follower news, through the job queue) asks this first, and
// again when a held mail comes due: consent may have been withdrawn in the meantime.
//   - only to a member who agreed to 광고성 정보 수신 (and has an address to send to);
//   - the subject starts with "(광고)";
//   - the From names the sender ("컴공방 <…>");
//   - List-Unsubscribe (https) and List-Unsubscribe-Post: List-Unsubscribe=One-Click (RFC 8058),
//     and a visible 수신거부 link in the body;
//   - nothing between 21:00 and 08:00 Korea time: held until the next 08:00 (or the end of the
//     deployment's wider window, ADVERTISING_QUIET_HOURS; lib/mail/quiet-hours.ts).
import { createElement } from "react";
import { BUSINESS } from "@/lib/business-info";
import { formatDate } from "@/lib/format";
import { AdvertisingMail } from "@/lib/mail/advertising-mail";
import { LEGAL_QUIET_HOURS, quietHoursEnd, type QuietHours } from "@/lib/mail/quiet-hours";

export type AdRecipient = { email: string | null; marketingConsentAt: Date | null };
export type AdDraft = { subject: string; preview: string; content: React.ReactNode };
/** The member's own 수신거부 links (lib/mail/unsubscribe.ts unsubscribeLinks). */
export type AdLinks = { pageUrl: string; oneClickUrl: string };

export type AdMail = { to: string; from: string; subject: string; headers: Record<string, string>; body: React.ReactElement };
export type AdDecision = { action: "send"; mail: AdMail } | { action: "hold"; until: Date } | { action: "skip"; reason: "NO_CONSENT" | "NO_ADDRESS" };

export const AD_PREFIX = "(광고)";

/** "(광고) " before the subject, once. */
export function advertisingSubject(subject: string): string {
  const trimmed = subject.trim();
  return trimmed.startsWith(AD_PREFIX) ? trimmed : `${AD_PREFIX} ${trimmed}`;
}

/** MAIL_FROM with the sender's name: `컴공방 <no-reply@…>`; a From that names itself already is kept. */
export function advertisingFrom(mailFrom: string): string {
  const trimmed = mailFrom.trim();
  const named = /^(.+?)\s*<[^<>]+>$/.exec(trimmed);
  if (named?.[1]?.replace(/"/g, "").trim()) return trimmed;
  const address = /<([^<>]+)>/.exec(trimmed)?.[1] ?? trimmed;
  return `${BUSINESS.brand} <${address}>`;
}

/** The headers mail providers show an unsubscribe button for, and use without a visit (RFC 8058). */
export function unsubscribeHeaders(oneClickUrl: string): Record<string, string> {
  return { "List-Unsubscribe": `<${oneClickUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

/**
 * Whether `draft` may go to `recipient` at `now`: skip (no consent, no address), hold until the
 * quiet hours end (08:00 KST by default), or send this mail. `mailFrom` is MAIL_FROM;
 * `quietHours` is ADVERTISING_QUIET_HOURS, null (off) only where mail reaches nobody (the test
 * stack's outbox).
 */
export function decideAdvertisingMail(input: { recipient: AdRecipient; draft: AdDraft; links: AdLinks; mailFrom: string; now: Date; quietHours?: QuietHours | null }): AdDecision {
  const { recipient, draft, links, mailFrom, now, quietHours = LEGAL_QUIET_HOURS } = input;
  if (!recipient.marketingConsentAt) return { action: "skip", reason: "NO_CONSENT" };
  if (!recipient.email) return { action: "skip", reason: "NO_ADDRESS" };
  const until = quietHours && quietHoursEnd(now, quietHours);
  if (until) return { action: "hold", until };
  const body = createElement(AdvertisingMail, { preview: draft.preview, unsubscribeUrl: links.pageUrl, agreedAt: formatDate(recipient.marketingConsentAt) }, draft.content);
  return {
    action: "send",
    mail: { to: recipient.email, from: advertisingFrom(mailFrom), subject: advertisingSubject(draft.subject), headers: unsubscribeHeaders(links.oneClickUrl), body },
  };
}
