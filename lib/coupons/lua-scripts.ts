import "server-only";
import { redis } from "@/lib/redis";

/*
 * The Redis half of 선착순 issuance. PostgreSQL is the source of truth; Redis holds, per event,
 * a rebuildable copy that lets one atomic step answer every claim:
 *
 *   state      hash   start, end (ms), total, next (highest slot handed out), closed (0|1),
 *                     gen (id of this copy), soldOutAt (ms), validDays, atelierId
 *   claimants  set    member ids holding a coupon of the event
 *   freeSlots  list   slot numbers given back (a failed write) or missing (found by a rebuild)
 *   attempts   hash   unix second → claim attempts (the live claims-per-second view)
 *
 * Invariants, together with the coupons table (UNIQUE (event_id, user_id), UNIQUE (event_id,
 * seq), 1 ≤ seq ≤ total_quantity enforced by a trigger):
 *   1. Never more than total coupons: a claim needs a slot 1..total; a slot is handed out by
 *      popping freeSlots or raising `next` (never past total), and each slot can be written to
 *      PostgreSQL once.
 *   2. One coupon per member: the claimant check and SADD happen in the same script, and the
 *      database refuses a second row for the member.
 *   3. Every 201 has its row: the API answers 201 only after the row is committed; a failed
 *      write gives the slot (and the claimant) back with RELEASE. The row carries the admission
 *      time (Redis's TIME), and PostgreSQL refuses a row outside the event's window or of a
 *      closed event (trigger coupons_within_event_window), so a copy that lost its `closed` flag
 *      can admit a claim but never issue a coupon.
 *   4. Redis may lose everything: a missing state (no `gen`: absent, or a stray partial hash)
 *      answers MISSING and the caller rebuilds it from PostgreSQL (lib/coupons/state.ts) before
 *      claiming again.
 *   5. Sold out and duplicates are decided here, in one atomic step, never by read-then-write.
 * The clock is Redis's own (TIME), one clock for every app instance.
 */

/** KEYS: state, claimants, freeSlots, attempts, claimsByMember, claimsByAddress.
 *  ARGV: memberId, memberLimit, addressLimit, windowMs.
 *  → {"OK", slot, gen, nowMs} | {"ALREADY"} | {"SOLD_OUT"} | {"NOT_OPEN", msUntilOpen} | {"CLOSED"}
 *    | {"LIMITED", msUntilWindowEnds} | {"MISSING"}
 *  The claim limits come first, in the same step (no extra round trip on the rush path): fixed
 *  windows counting every attempt of a member and of a client address, before the window, the
 *  claimant set or a slot is looked at. A person pressing 쿠폰 받기 never reaches them; a
 *  script firing hundreds is answered LIMITED, and its extra presses never touch the event.
 *  Its window check (closed or now ≥ end → CLOSED, then now < start → NOT_OPEN) is the atomic
 *  twin of eventPhase (lib/coupons/phase.ts): it must decide inside Redis, on Redis's clock, so it
 *  cannot call the TypeScript, and the two must agree at every instant (pinned by
 *  lib/coupons/phase.test.ts, which runs this very text with its clock pinned: hence exported).
 *  Change one, change both. */
export const CLAIM = `
if redis.call('HEXISTS', KEYS[1], 'gen') == 0 then return {'MISSING'} end
local function over(key, limit)
  local n = redis.call('INCR', key)
  if n == 1 then redis.call('PEXPIRE', key, ARGV[4]) end
  if n > tonumber(limit) then return math.max(redis.call('PTTL', key), 1) end
  return false
end
local wait = over(KEYS[5], ARGV[2]) or over(KEYS[6], ARGV[3])
if wait then return {'LIMITED', wait} end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local f = redis.call('HMGET', KEYS[1], 'start', 'end', 'total', 'next', 'closed', 'gen')
local start, finish, total, nxt = tonumber(f[1]), tonumber(f[2]), tonumber(f[3]), tonumber(f[4])
if f[5] == '1' or now >= finish then return {'CLOSED'} end
if now < start then return {'NOT_OPEN', start - now} end
-- Attempts are counted only while the event is open (the live view's requests per second).
redis.call('HINCRBY', KEYS[4], t[1], 1)
local ttl = redis.call('PTTL', KEYS[1])
if ttl > 0 and redis.call('PTTL', KEYS[4]) == -1 then redis.call('PEXPIRE', KEYS[4], ttl) end
if redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 1 then return {'ALREADY'} end
local slot = redis.call('LPOP', KEYS[3])
if not slot then
  if nxt >= total then return {'SOLD_OUT'} end
  slot = redis.call('HINCRBY', KEYS[1], 'next', 1)
end
redis.call('SADD', KEYS[2], ARGV[1])
if tonumber(redis.call('HGET', KEYS[1], 'next')) >= total and redis.call('LLEN', KEYS[3]) == 0 then
  redis.call('HSETNX', KEYS[1], 'soldOutAt', now)
end
return {'OK', tonumber(slot), f[6], now}`;

/** A claimant whose slot collided with an existing row (only after a rebuild raced an in-flight
 *  write) takes another slot, without the claimant check (they are already in the set).
 *  KEYS: state, claimants, freeSlots. ARGV: memberId, gen.
 *  → {"OK", slot, gen} | {"SOLD_OUT"} (claimant removed) | {"STALE"} (state replaced) */
const REASSIGN = `
if redis.call('HGET', KEYS[1], 'gen') ~= ARGV[2] then return {'STALE'} end
local slot = redis.call('LPOP', KEYS[3])
if not slot then
  if tonumber(redis.call('HGET', KEYS[1], 'next')) >= tonumber(redis.call('HGET', KEYS[1], 'total')) then
    redis.call('SREM', KEYS[2], ARGV[1])
    return {'SOLD_OUT'}
  end
  slot = redis.call('HINCRBY', KEYS[1], 'next', 1)
end
return {'OK', tonumber(slot), ARGV[2]}`;

/** Gives back a slot whose row was not written; the claimant too unless keepClaimant = 1.
 *  Only into the copy that handed it out: a rebuilt state already counted it from PostgreSQL.
 *  KEYS: state, claimants, freeSlots. ARGV: memberId, slot, gen, keepClaimant. → 1 | 0 */
const RELEASE = `
if redis.call('HGET', KEYS[1], 'gen') ~= ARGV[3] then return 0 end
if ARGV[4] ~= '1' then redis.call('SREM', KEYS[2], ARGV[1]) end
redis.call('RPUSH', KEYS[3], ARGV[2])
redis.call('HDEL', KEYS[1], 'soldOutAt')
return 1`;

/** Publishes a rebuilt state atomically, unless another rebuild already did. Instances rebuild
 *  without a lock (each reads PostgreSQL itself, once at a time per instance), so several copies
 *  may be staged at once: the first to publish wins and every later one is dropped. Any of them
 *  is safe to win: each was read from PostgreSQL after Redis lost the state, and a write that
 *  raced it is caught by the unique constraints (REASSIGN, or RELEASE keeping the claimant).
 *  KEYS: state, claimants, freeSlots, stagedClaimants, stagedFree.
 *  ARGV: expireAtMs, then field/value pairs of the state hash. → 1 published | 0 skipped */
const PUBLISH = `
if redis.call('HEXISTS', KEYS[1], 'gen') == 1 then
  redis.call('DEL', KEYS[4], KEYS[5])
  return 0
end
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3])
if redis.call('EXISTS', KEYS[4]) == 1 then redis.call('RENAME', KEYS[4], KEYS[2]) end
if redis.call('EXISTS', KEYS[5]) == 1 then redis.call('RENAME', KEYS[5], KEYS[3]) end
local fields = {}
for i = 2, #ARGV do fields[#fields + 1] = ARGV[i] end
redis.call('HSET', KEYS[1], unpack(fields))
for i = 1, 3 do redis.call('PEXPIREAT', KEYS[i], ARGV[1]) end
return 1`;

/** Marks a live copy closed: the close runs this before it writes closed_at to PostgreSQL, so
 *  no claim is admitted in between. A missing copy is left missing (never a partial hash without
 *  `gen` and TTL): its rebuild reads closed_at from PostgreSQL.
 *  KEYS: state. → 1 marked | 0 no copy */
const CLOSE = `
if redis.call('HEXISTS', KEYS[1], 'gen') == 0 then return 0 end
redis.call('HSET', KEYS[1], 'closed', '1')
return 1`;

// createScript: EVALSHA first, EVAL (which loads it) on NOSCRIPT.
export const scripts = {
  claim: redis.createScript<[string, ...(string | number)[]]>(CLAIM),
  reassign: redis.createScript<[string, ...(string | number)[]]>(REASSIGN),
  release: redis.createScript<number>(RELEASE),
  publish: redis.createScript<number>(PUBLISH),
  close: redis.createScript<number>(CLOSE),
};
