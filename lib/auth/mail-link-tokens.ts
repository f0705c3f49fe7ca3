import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { redis } from "@/lib/redis";
import { redisKeys } from "@/lib/redis-keys";

/**
 * Single-use tokens for links in mail (email verification, password reset): 256 random bits,
 * sent to the user; only their SHA-256 is stored, for 10 minutes, with the subject it stands
 * for (a member id, possibly bound to more: see lib/auth/verification.ts); GETDEL consumes a
 * token atomically, so two clicks on one link cannot both succeed. The same kind of token, kept
 * for a minute, is the one-time sign-in ticket of a verified signup (lib/auth/signup-browser.ts).
 */
const TOKEN_TTL_SECONDS = 10 * 60;
export const TOKEN_TTL_MINUTES = TOKEN_TTL_SECONDS / 60;

type Purpose = "emailVerification" | "passwordReset" | "signInTicket";
const TTL_SECONDS: Record<Purpose, number> = { emailVerification: TOKEN_TTL_SECONDS, passwordReset: TOKEN_TTL_SECONDS, signInTicket: 60 };

/** What Redis keys hold in a token's place: its SHA-256, hex. */
export const tokenDigest = (token: string) => createHash("sha256").update(token).digest("hex");
const keyFor = (purpose: Purpose, token: string) => redisKeys[purpose](tokenDigest(token));

export async function issueToken(purpose: Purpose, subject: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await redis.set(keyFor(purpose, token), subject, { ex: TTL_SECONDS[purpose] });
  return token;
}

/** The subject the token was issued for, or null if it is unknown, used or expired. */
export async function consumeToken(purpose: Purpose, token: string): Promise<string | null> {
  return redis.getdel<string>(keyFor(purpose, token));
}

/** The subject without using the token up: for a page that shows what the link is about. */
export async function peekToken(purpose: Purpose, token: string): Promise<string | null> {
  return redis.get<string>(keyFor(purpose, token));
}
