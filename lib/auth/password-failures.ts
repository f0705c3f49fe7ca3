import "server-only";
import { verifyPassword } from "@/lib/auth/password";
import { identify } from "@/lib/rate-limit";
import { redis } from "@/lib/redis";
import { redisKeys } from "@/lib/redis-keys";

/**
 * Growing delays after wrong passwords, counted per (account, source): for login the source is
 * the client address, so guesses from one address never lock the owner out at another; for
 * 마이페이지's password checks it is the member's sessions together. The first FREE_FAILURES
 * wrong passwords cost nothing; from then on each one locks that source for 1 s, 2 s, 4 s …
 * up to MAX_DELAY_MS. An attempt while locked is refused unchecked and counts as a failure
 * too, so a script that ignores the delay only lengthens it. Failures are forgotten an hour
 * after the last one, or when the right password is given from that source, or all at once
 * by a completed password reset (clearPasswordFailures).
 */
export const FREE_FAILURES = 5;
export const MAX_DELAY_MS = 15 * 60_000;
const FORGET_AFTER_MS = 60 * 60_000;

/** Whose failures and from where: see redisKeys.passwordFailures. */
type FailureScope = { key: string; source: string };

// Emails and addresses are hashed: neither sits in Redis in the clear.
export const loginScope = (email: string, address: string): FailureScope => ({ key: redisKeys.passwordFailures("login", identify(email)), source: identify(address) });
export const memberScope = (memberId: string): FailureScope => ({ key: redisKeys.passwordFailures("member", memberId), source: "session" });

// One script, so counting and locking are atomic under concurrent guesses, timed by Redis's
// clock (instances' clocks may differ).
// KEYS: failures hash. ARGV: source, mode ("peek" | "check" | "fail"), free, max delay ms, forget ms.
// peek: ms left of the lock. check: 0 when unlocked, else counts the attempt and returns the new
// ms left. fail: counts a wrong password, returns the ms locked (0 while under the free count).
const GATE = `
local now = redis.call('TIME')
now = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local untilField = ARGV[1] .. ':until'
local left = math.max(0, tonumber(redis.call('HGET', KEYS[1], untilField) or '0') - now)
if ARGV[2] == 'peek' or (ARGV[2] == 'check' and left == 0) then return left end
local n = redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
local free = tonumber(ARGV[3])
if n >= free then
  left = math.min(2 ^ (n - free) * 1000, tonumber(ARGV[4]))
  redis.call('HSET', KEYS[1], untilField, now + left)
end
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return left`;

const gate = redis.createScript<number>(GATE);
const run = (scope: FailureScope, mode: "peek" | "check" | "fail") => gate.exec([scope.key], [scope.source, mode, String(FREE_FAILURES), String(MAX_DELAY_MS), String(FORGET_AFTER_MS)]);

type PasswordCheck = { ok: true } | { ok: false; retryAfterSeconds?: number };

/**
 * Verifies a password behind the scope's delay: while locked it is not even checked
 * (retryAfterSeconds says for how long); a wrong one is counted; the right one clears the
 * source's failures.
 */
export async function checkPassword(scope: FailureScope, hash: string, password: string): Promise<PasswordCheck> {
  const lockedMs = await run(scope, "check");
  if (lockedMs > 0) return { ok: false, retryAfterSeconds: Math.ceil(lockedMs / 1000) };
  if (!(await verifyPassword(hash, password))) {
    await run(scope, "fail");
    return { ok: false };
  }
  await redis.hdel(scope.key, scope.source, `${scope.source}:until`);
  return { ok: true };
}

/** Seconds until the scope may try again, 0 when it is not locked (for the login form's message). */
export async function lockedSeconds(scope: FailureScope): Promise<number> {
  return Math.ceil((await run(scope, "peek")) / 1000);
}

/** A completed password reset: every source's failures against the member are forgotten. */
export async function clearPasswordFailures(member: { id: string; email: string | null }): Promise<void> {
  const scopes = [memberScope(member.id), ...(member.email ? [loginScope(member.email, "")] : [])];
  await redis.del(...scopes.map((scope) => scope.key));
}
