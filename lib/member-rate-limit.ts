import "server-only";
import { DomainError } from "@/lib/errors";
import { limits, secondsUntil } from "@/lib/rate-limit";

/** 찜/follow toggles per member: generous for people, a wall for scripts (429 + Retry-After). */
export async function limitMutations(memberId: string): Promise<void> {
  const result = await limits.mutations.limit(memberId);
  if (!result.success) throw new DomainError("TOO_FAST", { retryAfterSeconds: secondsUntil(result.reset) });
}
