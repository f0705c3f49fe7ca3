import "server-only";
import { clientIp } from "@/lib/client-ip";
import { DomainError } from "@/lib/errors";
import { identify, limits, secondsUntil } from "@/lib/rate-limit";

/**
 * Claims per member and per client address (lib/rate-limit.ts): a person never meets them, a
 * script does (TOO_FAST, with a time to come back), before the claim touches the event. Both
 * limiters are called in the same tick, so the client's auto-pipelining sends them as one
 * request: one round trip.
 */
export async function limitClaims(memberId: string, headers: Headers): Promise<void> {
  const [byMember, byAddress] = await Promise.all([limits.claimsByMember.limit(memberId), limits.claimsByAddress.limit(identify(clientIp(headers)))]);
  const refused = [byMember, byAddress].filter((r) => !r.success);
  if (refused.length) throw new DomainError("TOO_FAST", { retryAfterSeconds: secondsUntil(Math.max(...refused.map((r) => r.reset))) });
}
