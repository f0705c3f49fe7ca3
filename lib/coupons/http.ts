import "server-only";
import type { EventError } from "@/lib/coupons/events";
import type { ClaimRefusal } from "@/lib/coupons/claim";
import { clientIp } from "@/lib/client-ip";
import { ApiError, errors } from "@/lib/http";
import { identify, limits, secondsUntil } from "@/lib/rate-limit";

/** An event operation's refusal as the API's error shape. */
export function eventError(error: EventError): ApiError {
  return new ApiError(error.status, error.code, error.message, error.field ? { [error.field]: [error.message] } : undefined);
}

/** How each refused claim is answered (the design doc's contract). */
export const CLAIM_REFUSALS: Record<ClaimRefusal, { status: number; message: string }> = {
  NOT_FOUND: { status: 404, message: "이벤트를 찾을 수 없어요." },
  NOT_OPEN: { status: 403, message: "아직 시작 전이에요." },
  EVENT_CLOSED: { status: 403, message: "종료된 이벤트예요." },
  ALREADY_CLAIMED: { status: 409, message: "이미 받은 쿠폰이에요." },
  SOLD_OUT: { status: 410, message: "선착순 마감되었어요." },
  NOT_FOLLOWER: { status: 403, message: "팔로워 전용 쿠폰이에요. 공방을 팔로우하면 받을 수 있어요." },
};

/**
 * Claims per member and per client address (lib/rate-limit.ts): a person never meets them, a
 * script does (429 + Retry-After), before the claim touches the event. Both limiters are called
 * in the same tick, so the client's auto-pipelining sends them as one request: one round trip.
 */
export async function limitClaims(memberId: string, headers: Headers): Promise<void> {
  const [byMember, byAddress] = await Promise.all([limits.claimsByMember.limit(memberId), limits.claimsByAddress.limit(identify(clientIp(headers)))]);
  const refused = [byMember, byAddress].filter((r) => !r.success);
  if (refused.length) throw errors.rateLimited(secondsUntil(Math.max(...refused.map((r) => r.reset))), "너무 빠르게 누르고 있어요. 잠시 후 다시 시도해 주세요.");
}
