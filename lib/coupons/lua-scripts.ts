import "server-only";
import { redis } from "@/lib/redis";

/*
 * The Redis half of 선착순 issuance. PostgreSQL is the source of truth; Redis holds, per event,
 * a rebuildable copy that lets one atomic step answer every claim:
 *
 *   state      hash   start, end (ms), total, next (highest slot handed out), closed (0|1),
 *                     canceled (0|1, closed before the start: for people only, claims read
 *                     `closed`), gen (id of this copy), soldOutAt (ms), validDays, atelierId
 *   claimants  set    member ids holding a coupon of the event
 *   freeSlots  list   slot numbers given back (a failed write, a gone admitted member) or missing
 *                     (found by a rebuild)
 *   attempts   hash   unix second → claim attempts (the live claims-per-second view)
 * and, for the waiting room (see WAITING ROOM below):
 *   line       zset   member id → arrival ticket, members waiting to be admitted
 *   seen       zset   member id → last attempt (ms), members in line or admitted
 *   admitted   hash   member id → "slot:ticket", a slot held for a member until they come back
 *   arrivals   string the last ticket handed out
 *   admissions list   tickets in the order they were admitted (the arrival record a bench reads)
 *
 * Invariants, together with the coupons table (UNIQUE (event_id, user_id), UNIQUE (event_id,
 * seq), 1 ≤ seq ≤ total_quantity enforced by a trigger):
 *   1. Never more than total coupons: a claim needs a slot 1..total; a slot is handed out by
 *      popping freeSlots or raising `next` (never past total), and each slot can be written to
 *      PostgreSQL once. A slot held for an admitted member is handed out like any other, and
 *      given back (RPUSH freeSlots) only by the step that takes the hold away.
 *   2. One coupon per member: the claimant check and SADD happen in the same script, and the
 *      database refuses a second row for the member.
 *   3. Every 201 has its row: the API answers 201 only after the row is committed; a failed
 *      write gives the slot (and the claimant) back with RELEASE. The row carries the admission
 *      time (Redis's TIME), and PostgreSQL refuses a row outside the event's window or of a
 *      closed event (trigger coupons_within_event_window), so a copy that lost its `closed` flag
 *      can admit a claim but never issue a coupon.
 *   4. Redis may lose everything: a missing state (no `gen`: absent, or a stray partial hash)
 *      answers MISSING and the caller rebuilds it from PostgreSQL (lib/coupons/state.ts) before
 *      claiming again. Publishing a rebuilt copy drops the line and every hold (their slots
 *      were the old copy's): a member who was waiting arrives anew at their next attempt.
 *   5. Sold out and duplicates are decided here, in one atomic step, never by read-then-write.
 *
 * WAITING ROOM. Each event admits claims at `rate` per second (tokens, kept in the state hash as
 * tokens/tokensAt: while members wait every token that accrued is theirs, so the line moves at
 * `rate` however rarely anyone asks; while nobody waits at most `burst` are kept, the most
 * arrivals decided at once); a claim beyond it waits in line. Within one step:
 *   6. Arrival order: a member's ticket is taken at their first attempt, in the same step as the
 *      claimant check, and only if they hold no place yet (neither in line nor admitted): one
 *      place per member however many tabs. Tickets only grow (INCR, kept across rebuilds).
 *   7. Admitted in ticket order: tokens go to the head of the line first (ZPOPMIN), and a new
 *      arrival is decided at once only when nobody is waiting and a token is free (then it costs
 *      no more than a claim without a waiting room: this same single step). Admission holds a
 *      slot for the member, so coupons go out in admission order whoever polls first, and every
 *      admission appends its ticket to `admissions`.
 *   8. A place whose shopper has gone (no attempt for `grace` ms) is dropped, a held slot given
 *      back, so the line keeps moving.
 *   9. Nobody waits for nothing: once no slot is left the line is dropped, and everyone not
 *      holding a slot is answered SOLD_OUT at their next attempt.
 * The clock is Redis's own (TIME), one clock for every app instance.
 */

/** KEYS: state, claimants, freeSlots, attempts, claimsByMember, claimsByAddress, line, seen,
 *  admitted, arrivals, admissions.
 *  ARGV: memberId, memberLimit, addressLimit, windowMs, rate (admissions per second), burst,
 *  graceMs.
 *  → {"OK", slot, gen, nowMs, ticket} | {"QUEUED", position, ticket, slotsLeft} | {"ALREADY"}
 *    | {"SOLD_OUT"} | {"NOT_OPEN", msUntilOpen} | {"CLOSED"} | {"LIMITED", msUntilWindowEnds}
 *    | {"MISSING"}
 *  The claim limits come first, in the same step (no extra round trip on the rush path): fixed
 *  windows counting every attempt of a member and of a client address, before the window, the
 *  claimant set or a slot is looked at. A member who holds a place counts against their own
 *  window only: everyone waiting behind one campus address polls, and that address's window is
 *  for new arrivals (one machine cycling accounts). A person pressing 쿠폰 받기, or polling at
 *  the server's Retry-After, never reaches them; a script firing hundreds is answered LIMITED,
 *  and its extra presses never touch the event.
 *  Its window check (closed or now ≥ end → CLOSED, then now < start → NOT_OPEN) is the atomic
 *  twin of eventPhase (lib/coupons/phase.ts): it must decide inside Redis, on Redis's clock, so it
 *  cannot call the TypeScript, and the two must agree at every instant (pinned by
 *  lib/coupons/phase.test.ts, which runs this very text with its clock pinned: hence exported).
 *  Change one, change both. */
export const CLAIM = `
if redis.call('HEXISTS', KEYS[1], 'gen') == 0 then return {'MISSING'} end
local member = ARGV[1]
local function over(key, limit)
  local n = redis.call('INCR', key)
  if n == 1 then redis.call('PEXPIRE', key, ARGV[4]) end
  if n > tonumber(limit) then return math.max(redis.call('PTTL', key), 1) end
  return false
end
local placed = redis.call('ZSCORE', KEYS[7], member) or redis.call('HEXISTS', KEYS[9], member) == 1
local wait = over(KEYS[5], ARGV[2]) or (not placed and over(KEYS[6], ARGV[3]))
if wait then return {'LIMITED', wait} end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local f = redis.call('HMGET', KEYS[1], 'start', 'end', 'total', 'next', 'closed', 'gen', 'tokens', 'tokensAt')
local start, finish, total, nxt = tonumber(f[1]), tonumber(f[2]), tonumber(f[3]), tonumber(f[4])
if f[5] == '1' or now >= finish then return {'CLOSED'} end
if now < start then return {'NOT_OPEN', start - now} end
-- Keys beside the state live as long as it does (PUBLISH gave it an absolute expiry).
local ttl = redis.call('PTTL', KEYS[1])
local function keep(key)
  if ttl > 0 and redis.call('PTTL', key) == -1 then redis.call('PEXPIRE', key, ttl) end
end
-- Attempts are counted only while the event is open (the live view's requests per second).
redis.call('HINCRBY', KEYS[4], t[1], 1)
keep(KEYS[4])
if redis.call('SISMEMBER', KEYS[2], member) == 1 then return {'ALREADY'} end

local function slotsLeft() return total - nxt + redis.call('LLEN', KEYS[3]) end
-- A given-back slot first, then a new one; the caller has checked that one is left.
local function takeSlot()
  local slot = redis.call('LPOP', KEYS[3])
  if not slot then
    nxt = redis.call('HINCRBY', KEYS[1], 'next', 1)
    slot = nxt
  end
  if slotsLeft() == 0 then redis.call('HSETNX', KEYS[1], 'soldOutAt', now) end
  return tonumber(slot)
end
-- Gone: no attempt within the grace period. Their place goes, and a slot held for them comes back.
for _, gone in ipairs(redis.call('ZRANGEBYSCORE', KEYS[8], '-inf', now - tonumber(ARGV[7]), 'LIMIT', 0, 100)) do
  redis.call('ZREM', KEYS[8], gone)
  redis.call('ZREM', KEYS[7], gone)
  local held = redis.call('HGET', KEYS[9], gone)
  if held then
    redis.call('HDEL', KEYS[9], gone)
    redis.call('RPUSH', KEYS[3], string.match(held, '^%d+'))
    redis.call('HDEL', KEYS[1], 'soldOutAt')
  end
end
-- Tokens accrue at rate per second; each admits the head of the line, holding a slot. While
-- members wait every token is theirs, however rarely anyone asks; for arrivals when nobody waits,
-- at most burst are kept (the most decided at once).
local rate, burst = tonumber(ARGV[5]), tonumber(ARGV[6])
local tokens = burst
if f[7] then tokens = tonumber(f[7]) + math.max(0, now - tonumber(f[8])) * rate / 1000 end
local held = redis.call('HGET', KEYS[9], member)
if not held then
  local admitted = 0
  while tokens >= 1 and admitted < 200 and slotsLeft() > 0 do
    local head = redis.call('ZPOPMIN', KEYS[7])
    if #head == 0 then break end
    redis.call('HSET', KEYS[9], head[1], takeSlot() .. ':' .. head[2])
    redis.call('RPUSH', KEYS[11], head[2])
    tokens = tokens - 1
    admitted = admitted + 1
  end
  if admitted > 0 then keep(KEYS[9]) keep(KEYS[11]) end
  if redis.call('ZCARD', KEYS[7]) == 0 then tokens = math.min(tokens, burst) end
  held = redis.call('HGET', KEYS[9], member)
end
local function answer(reply)
  redis.call('HSET', KEYS[1], 'tokens', tokens, 'tokensAt', now)
  return reply
end
if held then
  redis.call('HDEL', KEYS[9], member)
  redis.call('ZREM', KEYS[8], member)
  redis.call('SADD', KEYS[2], member)
  local slot, ticket = string.match(held, '^(%d+):(%d+)$')
  return answer({'OK', tonumber(slot), f[6], now, tonumber(ticket)})
end
if slotsLeft() == 0 then
  redis.call('DEL', KEYS[7])
  return answer({'SOLD_OUT'})
end
local ticket = redis.call('ZSCORE', KEYS[7], member)
if not ticket then
  ticket = redis.call('INCR', KEYS[10])
  keep(KEYS[10])
  if tokens >= 1 and redis.call('ZCARD', KEYS[7]) == 0 then
    tokens = tokens - 1
    redis.call('SADD', KEYS[2], member)
    redis.call('RPUSH', KEYS[11], ticket)
    keep(KEYS[11])
    return answer({'OK', takeSlot(), f[6], now, ticket})
  end
  redis.call('ZADD', KEYS[7], ticket, member)
  keep(KEYS[7])
end
redis.call('ZADD', KEYS[8], now, member)
keep(KEYS[8])
return answer({'QUEUED', redis.call('ZRANK', KEYS[7], member) + 1, tonumber(ticket), slotsLeft()})`;

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
 *  The waiting line and its holds go with the copy they belonged to (invariant 4).
 *  KEYS: state, claimants, freeSlots, stagedClaimants, stagedFree, line, seen, admitted.
 *  ARGV: expireAtMs, then field/value pairs of the state hash. → 1 published | 0 skipped */
const PUBLISH = `
if redis.call('HEXISTS', KEYS[1], 'gen') == 1 then
  redis.call('DEL', KEYS[4], KEYS[5])
  return 0
end
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[6], KEYS[7], KEYS[8])
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
