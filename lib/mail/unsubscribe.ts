import "server-only";
// One-click unsubscribe from advertising mail (정보통신망법 §50, RFC 8058): the links a mail
// carries, and what using one does. POST /api/unsubscribe?token= (the List-Unsubscribe target,
// which mail providers call without cookies) and the button on GET /unsubscribe both land here.
import { getMarketingConsent, setMarketingConsent, type MarketingConsent } from "@/lib/auth/agreements";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { memberOfUnsubscribeToken, unsubscribeToken } from "@/lib/mail/unsubscribe-token";

/** The page a person opens from the mail's 수신거부 link, and the one-click endpoint for the headers. */
export function unsubscribeLinks(memberId: string): { pageUrl: string; oneClickUrl: string } {
  const token = encodeURIComponent(unsubscribeToken(env.AUTH_SECRET, memberId));
  return {
    pageUrl: new URL(`/unsubscribe?token=${token}`, env.AUTH_URL).toString(),
    oneClickUrl: new URL(`/api/unsubscribe?token=${token}`, env.AUTH_URL).toString(),
  };
}

function memberOf(token: string): string {
  const memberId = memberOfUnsubscribeToken(env.AUTH_SECRET, token);
  if (!memberId) throw new DomainError("UNSUBSCRIBE_LINK_INVALID");
  return memberId;
}

/** Whether the link's member still receives advertising mail; a deleted member receives none. */
export async function unsubscribeStatus(token: string): Promise<MarketingConsent> {
  return (await getMarketingConsent(memberOf(token))) ?? { agreed: false, since: null };
}

/**
 * Withdraws the member's 광고성 정보 수신 consent. Idempotent (an already withdrawn consent keeps
 * its date); a deleted member has nothing left to withdraw. A token not signed by us throws
 * UNSUBSCRIBE_LINK_INVALID, and changes nothing.
 */
export async function unsubscribe(token: string): Promise<MarketingConsent> {
  return (await setMarketingConsent(memberOf(token), false)) ?? { agreed: false, since: null };
}
