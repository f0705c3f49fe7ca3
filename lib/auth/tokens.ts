import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { redis } from "@/lib/redis";
import { redisKeys } from "@/lib/redis-keys";

/**
 * Single-use tokens for links in mail (email verification, password reset): 256 random bits,
 * sent to the user; only their SHA-256 is stored, for 10 minutes; GETDEL consumes a token
 * atomically, so two clicks on one link cannot both succeed.
 */
export const TOKEN_TTL_SECONDS = 10 * 60;
export const TOKEN_TTL_MINUTES = TOKEN_TTL_SECONDS / 60;

type Purpose = "emailVerification" | "passwordReset";

const keyFor = (purpose: Purpose, token: string) => redisKeys[purpose](createHash("sha256").update(token).digest("hex"));

export async function issueToken(purpose: Purpose, memberId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await redis.set(keyFor(purpose, token), memberId, { ex: TOKEN_TTL_SECONDS });
  return token;
}

/** The member the token was issued to, or null if it is unknown, used or expired. */
export async function consumeToken(purpose: Purpose, token: string): Promise<string | null> {
  return redis.getdel<string>(keyFor(purpose, token));
}
