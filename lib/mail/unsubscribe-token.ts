// Not server-only: tests sign links with it, given the app's secret, as the bench mints sessions
// (lib/auth/session-cookie-mint.ts). The app itself goes through lib/mail/unsubscribe.ts.
//
// The 수신거부 link in advertising mail: `<member id>.<HMAC-SHA256(secret, purpose:member id)>`.
// It never expires (a mail read a year later must still unsubscribe, 정보통신망법 §50) and needs
// no storage; only its holder can use it, and all it can do is stop that member's advertising
// mail, which is also why no login is asked (RFC 8058 one-click).
import { createHmac, timingSafeEqual } from "node:crypto";

const PURPOSE = "unsubscribe:marketing";

const macOf = (secret: string, memberId: string) => createHmac("sha256", secret).update(`${PURPOSE}:${memberId}`).digest("base64url");

export function unsubscribeToken(secret: string, memberId: string): string {
  return `${memberId}.${macOf(secret, memberId)}`;
}

/** The member a token was signed for, or null when it was not signed with `secret` (tampered, made up). */
export function memberOfUnsubscribeToken(secret: string, token: string): string | null {
  const dot = token.lastIndexOf(".");
  if (dot <= 0) return null;
  const memberId = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(macOf(secret, memberId));
  return given.length === expected.length && timingSafeEqual(given, expected) ? memberId : null;
}
