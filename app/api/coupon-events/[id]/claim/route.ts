import { requireSignedInMember } from "@/lib/auth/signed-in-member";
import { claimCoupon } from "@/lib/coupons/claim";
import { clientIp } from "@/lib/client-ip";
import { apiRoute, json } from "@/lib/http";
import { routeId } from "@/lib/route-params";

/**
 * 쿠폰 받기: 201 {coupon} | 202 {status: "QUEUED", position, etaSeconds, ticket} + Retry-After
 * (the waiting room: the same POST again moves the member on) | 409 ALREADY_CLAIMED | 410 SOLD_OUT
 * | 403 NOT_OPEN | EVENT_CLOSED | NOT_FOLLOWER | 429.
 */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const member = await requireSignedInMember();
  const eventId = await routeId(params, "EVENT_NOT_FOUND");
  const outcome = await claimCoupon(eventId, member.id, clientIp(request.headers));
  if (outcome.status === "ISSUED") return json({ coupon: outcome.coupon }, { status: 201 });
  const { retryAfterSeconds, ...place } = outcome;
  return json(place, { status: 202, headers: { "Retry-After": String(retryAfterSeconds) } });
});
