import "server-only";
// What a member agreed to and when (issue #16 item 4). Both ways to become a member, the email
// signup (lib/auth/signup.ts) and the Kakao consent step (lib/auth/kakao-signup.ts), write the
// same columns from the same validated answers; 마이페이지 changes only the optional one.
import { db } from "@/lib/db";
import type { Agreements } from "@/lib/validation/auth";

/** The member columns a signup writes: each required agreement dated now, marketing if given. */
export function agreementColumns(agreements: Agreements, now = new Date()) {
  return {
    termsAgreedAt: now,
    privacyAgreedAt: now,
    age14ConfirmedAt: now,
    marketingConsentAt: agreements.marketing ? now : null,
    marketingConsentChangedAt: now,
  };
}

/** The optional consent as 회원정보 shows it: whether, and since when (the last answer's date). */
export type MarketingConsent = { agreed: boolean; since: string | null };

const consentOf = (row: { marketingConsentAt: Date | null; marketingConsentChangedAt: Date | null }): MarketingConsent => ({
  agreed: row.marketingConsentAt !== null,
  since: (row.marketingConsentAt ?? row.marketingConsentChangedAt)?.toISOString() ?? null,
});

/** The member's consent; null once the member is deleted. */
export async function getMarketingConsent(memberId: string): Promise<MarketingConsent | null> {
  const row = await db.member.findUnique({ where: { id: memberId }, select: { marketingConsentAt: true, marketingConsentChangedAt: true } });
  return row && consentOf(row);
}

/**
 * Sets the 광고성 정보 수신 consent. Idempotent: saying again what is already recorded keeps its
 * date (the consent dates from when it was given, not from the latest click). One conditional
 * UPDATE, so two changes at once cannot leave a "yes" without its date or the other way round.
 * Null when there is no such member (deleted).
 */
export async function setMarketingConsent(memberId: string, agreed: boolean, now = new Date()): Promise<MarketingConsent | null> {
  const [changed] = await db.member.updateManyAndReturn({
    where: { id: memberId, marketingConsentAt: agreed ? null : { not: null } },
    data: { marketingConsentAt: agreed ? now : null, marketingConsentChangedAt: now },
    select: { marketingConsentAt: true, marketingConsentChangedAt: true },
  });
  return changed ? consentOf(changed) : getMarketingConsent(memberId);
}
