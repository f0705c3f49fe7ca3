// Not server-only: test tooling (e2e/support, the bench) mints sessions with it, without a
// Next.js server around. What it writes is what lib/auth/config.ts's jwt callback would.
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";

/** Auth.js names the cookie with the __Secure- prefix when the app is served over https. */
export const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;
const HTTP_COOKIE = SESSION_COOKIES[1];

export type SessionOf = { id: string; nickname: string; role?: "USER" | "MARKETER"; atelierId?: number | null; authAt?: number };

/**
 * A session cookie (`name=value`, for the app over http) as a login would leave it, sealed with
 * `secret`: for load tests and tests that need many signed-in members without the login ceremony.
 * `authAt`: when the login happened (default now); older makes a stale session.
 */
export async function mintSessionCookie(secret: string, member: SessionOf): Promise<string> {
  const token = await encode({
    secret,
    salt: HTTP_COOKIE,
    maxAge: 3600,
    token: { sub: member.id, memberId: member.id, sid: randomUUID(), authAt: member.authAt ?? Date.now(), nickname: member.nickname, role: member.role ?? "USER", atelierId: member.atelierId ?? null },
  });
  return `${HTTP_COOKIE}=${token}`;
}
