import "server-only";
import { errors } from "@/lib/http";
import { limits, secondsUntil } from "@/lib/rate-limit";

/** 찜/follow toggles per member: generous for people, a wall for scripts (429 + Retry-After). */
export async function limitMutations(memberId: string): Promise<void> {
  const result = await limits.mutations.limit(memberId);
  if (!result.success) throw errors.rateLimited(secondsUntil(result.reset), "너무 빠르게 누르고 있어요. 잠시 후 다시 시도해 주세요.");
}
