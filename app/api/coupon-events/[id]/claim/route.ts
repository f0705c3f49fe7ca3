import { requireSignedInMember } from "@/lib/auth/signed-in-member";
import { claimCoupon } from "@/lib/coupons/claim";
import { CLAIM_REFUSALS, limitClaims } from "@/lib/coupons/http";
import { ApiError, apiRoute, json } from "@/lib/http";
import { routeId } from "@/lib/route-params";

/** 쿠폰 받기: 201 {coupon} | 409 ALREADY_CLAIMED | 410 SOLD_OUT | 403 NOT_OPEN | EVENT_CLOSED | NOT_FOLLOWER | 429. */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const member = await requireSignedInMember();
  const eventId = await routeId(params, CLAIM_REFUSALS.NOT_FOUND.message);
  await limitClaims(member.id, request.headers);
  const result = await claimCoupon(eventId, member.id);
  if (result.ok) return json({ coupon: result.coupon }, { status: 201 });
  const refusal = CLAIM_REFUSALS[result.code];
  const retry = result.opensInMs ? { "Retry-After": String(Math.ceil(result.opensInMs / 1000)) } : undefined;
  throw new ApiError(refusal.status, result.code, refusal.message, undefined, retry);
});
