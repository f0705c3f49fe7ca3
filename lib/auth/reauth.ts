import "server-only";
import { redis } from "@/lib/redis";
import { redisKeys } from "@/lib/redis-keys";

/**
 * Linking a login method needs proof of the person, not just a session (which may be a
 * stolen cookie or a forgotten browser): a login, or the password re-entered, within this.
 */
const REAUTH_WINDOW_SECONDS = 5 * 60;

export async function isFreshlyAuthenticated(session: { sid: string; authAt: number }): Promise<boolean> {
  if (Date.now() - session.authAt < REAUTH_WINDOW_SECONDS * 1000) return true;
  return (await redis.exists(redisKeys.reauthenticated(session.sid))) === 1;
}

/** The password was just re-entered (lib/auth/account.ts confirmPassword): fresh for 5 minutes. */
export async function markReauthenticated(sid: string): Promise<void> {
  await redis.set(redisKeys.reauthenticated(sid), "1", { ex: REAUTH_WINDOW_SECONDS });
}
