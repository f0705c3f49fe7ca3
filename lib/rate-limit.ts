import "server-only";
import { createHash } from "node:crypto";
import { Ratelimit } from "@upstash/ratelimit";
import { redis } from "@/lib/redis";
import { redisKeys } from "@/lib/redis-keys";

const make = (prefix: string, limiter: ReturnType<typeof Ratelimit.slidingWindow>) =>
  // No ephemeral (in-process) cache: instances share nothing but Redis, and a limit lifted in
  // Redis must be lifted everywhere at once.
  new Ratelimit({ redis, prefix, limiter, ephemeralCache: false, analytics: false });

const k = redisKeys.rateLimit;

/** Every rate limit of the shop, with its window. Identifiers are hashed (see identify). */
export const limits = {
  /** Login attempts from one address, successful or not. */
  loginByIp: make(k.loginByIp, Ratelimit.slidingWindow(60, "15 m")),
  signupByIp: make(k.signupByIp, Ratelimit.slidingWindow(20, "1 h")),
  /** Verification mails to one address (the 60-second cooldown is separate). */
  verificationMails: make(k.verificationMailsByAddress, Ratelimit.slidingWindow(5, "1 h")),
  passwordResetMails: make(k.passwordResetByAddress, Ratelimit.slidingWindow(5, "1 h")),
  /** 찜/follow toggles per member: generous for people, a wall for scripts. */
  mutations: make(k.mutationsByMember, Ratelimit.slidingWindow(120, "1 m")),
};

/** Emails and addresses never sit in Redis in the clear. */
export function identify(value: string): string {
  return createHash("sha256").update(value).digest("base64url").slice(0, 32);
}

/** Seconds until a limiter's window frees a slot, at least 1. */
export function secondsUntil(resetMs: number): number {
  return Math.max(1, Math.ceil((resetMs - Date.now()) / 1000));
}
