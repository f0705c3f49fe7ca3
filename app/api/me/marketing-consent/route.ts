import { setMarketingConsent } from "@/lib/auth/agreements";
import { requireSignedInMember } from "@/lib/auth/signed-in-member";
import { DomainError } from "@/lib/errors";
import { apiRoute, json, parseJson } from "@/lib/http";
import { marketingConsentSchema } from "@/lib/validation/auth";

/** 광고성 정보 수신 from 회원정보: 200 {agreed, since}; idempotent (the same answer keeps its date). */
export const PUT = apiRoute(async (request) => {
  const member = await requireSignedInMember();
  const { agreed } = await parseJson(request, marketingConsentSchema);
  const consent = await setMarketingConsent(member.id, agreed);
  // A member deleted under a live session is signed out, as the other 회원정보 routes answer.
  if (!consent) throw new DomainError("UNAUTHORIZED");
  return json(consent);
});
