import "server-only";
import { decode, type JWT } from "next-auth/jwt";
import { SESSION_COOKIES } from "@/lib/auth/session-cookie-mint";
import { isSessionRevoked, sessionExpiresAt } from "@/lib/auth/session-revocation";
import { env } from "@/lib/env";

type CookieReader = { get(name: string): { value: string } | undefined };

/**
 * The session token in a request's cookies, decoded (signature and encryption checked) but not
 * judged. Reading it this way writes no cookie back, unlike Auth.js's middleware wrapper, whose
 * refresh could re-set a cookie that logout had just deleted.
 */
export async function readSessionToken(cookies: CookieReader): Promise<{ cookie: string; token: JWT | null } | null> {
  for (const cookie of SESSION_COOKIES) {
    const value = cookies.get(cookie)?.value;
    if (!value) continue;
    try {
      return { cookie, token: await decode({ token: value, secret: env.AUTH_SECRET, salt: cookie }) };
    } catch {
      return { cookie, token: null };
    }
  }
  return null;
}

type SessionClaims = JWT & { memberId: string; sid: string; authAt: number };

/** Whether a decoded token is one of our sessions, within its 14 days (revocation aside). */
function isCurrentSession(token: JWT | null): token is SessionClaims {
  return Boolean(token?.memberId && token.sid && token.authAt && Date.now() < sessionExpiresAt(token.authAt));
}

/** The token if it is a live session — ours, within its lifetime, and not revoked — else null. */
export async function liveSession(token: JWT | null): Promise<SessionClaims | null> {
  return isCurrentSession(token) && !(await isSessionRevoked(token.sid)) ? token : null;
}
