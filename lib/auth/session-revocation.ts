import "server-only";
import { redis } from "@/lib/redis";
import { redisKeys } from "@/lib/redis-keys";

/**
 * Sessions are JWTs in a cookie, so ending one means remembering its id until it would have
 * expired anyway. Each token carries its own `sid` (not the JWT's jti, which Auth.js renews
 * on every refresh) and `authAt`, the time of login; a session never outlives
 * authAt + SESSION_MAX_AGE, however often the cookie is refreshed.
 */
export const SESSION_MAX_AGE_SECONDS = 14 * 24 * 60 * 60;

export function sessionExpiresAt(authAt: number): number {
  return authAt + SESSION_MAX_AGE_SECONDS * 1000;
}

/** Remembers a new session under its member, so "log out everywhere" can find it. */
export async function registerSession(memberId: string, sid: string, authAt: number): Promise<void> {
  const key = redisKeys.memberSessions(memberId);
  const expiresAt = sessionExpiresAt(authAt);
  const tx = redis.multi();
  tx.zadd(key, { score: expiresAt, member: sid });
  tx.zremrangebyscore(key, 0, Date.now());
  tx.pexpireat(key, expiresAt);
  await tx.exec();
}

/** Ends one session: its id is revoked for exactly the lifetime it had left. */
export async function revokeSession(sid: string, authAt: number): Promise<void> {
  const ttl = sessionExpiresAt(authAt) - Date.now();
  if (ttl > 0) await redis.set(redisKeys.revokedSession(sid), "1", { px: ttl });
}

/** Ends every session of a member, except (optionally) the one making the request. */
export async function revokeMemberSessions(memberId: string, exceptSid?: string): Promise<void> {
  const key = redisKeys.memberSessions(memberId);
  const entries = await redis.zrange<string[]>(key, 0, -1, { withScores: true });
  const now = Date.now();
  const tx = redis.multi();
  for (let i = 0; i + 1 < entries.length; i += 2) {
    const sid = entries[i]!;
    const ttl = Number(entries[i + 1]) - now;
    if (sid === exceptSid || ttl <= 0) continue;
    tx.set(redisKeys.revokedSession(sid), "1", { px: ttl });
    tx.zrem(key, sid);
  }
  tx.zremrangebyscore(key, 0, now);
  await tx.exec();
}

export async function isSessionRevoked(sid: string): Promise<boolean> {
  return (await redis.exists(redisKeys.revokedSession(sid))) === 1;
}
