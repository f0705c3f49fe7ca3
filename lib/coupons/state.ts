import "server-only";
import { randomUUID } from "node:crypto";
import { scripts } from "@/lib/coupons/lua-scripts";
import { eventPhase, wasCanceled, type EventPhase } from "@/lib/coupons/phase";
import { db } from "@/lib/db";
import { hmgetValues, redis } from "@/lib/redis";
import { redisKeys } from "@/lib/redis-keys";

/** Event state lives in Redis until a week after the event ends. */
const KEEP_AFTER_END_MS = 7 * 24 * 3600 * 1000;
const CHUNK = 5_000;

export const keysOf = (eventId: number) => redisKeys.couponEvent(eventId);

/** What a claim needs to know of an event, fixed once it opens (edits stop at opening). */
export type EventMeta = { id: number; startsAt: number; endsAt: number; total: number; validDays: number; atelierId: number | null };

const META_TTL_MS = 60_000;
const metaCache = new Map<number, { meta: EventMeta; until: number }>();
/**
 * Ids PostgreSQL just said do not exist, per instance: a flood of unknown ids costs one query
 * per id per instance per window, and never waits. Consulted only after Redis has no state for
 * the id, and creating an event publishes its state before answering, so an event created
 * right after a miss (on any instance) is found through Redis at once.
 */
const UNKNOWN_TTL_MS = 5_000;
const unknownUntil = new Map<number, number>();
/** One rebuild per event at a time in this instance; concurrent callers share its answer. */
const rebuilding = new Map<number, Promise<boolean>>();

function rememberMeta(meta: EventMeta): EventMeta {
  if (metaCache.size > 1_000) metaCache.clear();
  metaCache.set(meta.id, { meta, until: Date.now() + META_TTL_MS });
  return meta;
}

/** Forgets what this instance cached of an event (after an edit or a close). */
function forgetMeta(eventId: number): void {
  metaCache.delete(eventId);
}

function knownUnknown(eventId: number): boolean {
  const until = unknownUntil.get(eventId);
  if (until === undefined) return false;
  if (until > Date.now()) return true;
  unknownUntil.delete(eventId);
  return false;
}

function rememberUnknown(eventId: number): void {
  if (unknownUntil.size > 10_000) unknownUntil.clear();
  unknownUntil.set(eventId, Date.now() + UNKNOWN_TTL_MS);
}

/**
 * An event's claim metadata, cached per instance and read from the Redis state (not
 * PostgreSQL), so a flood of claims on a sold-out event never reaches the database.
 * Null if the event does not exist.
 */
export async function eventMeta(eventId: number): Promise<EventMeta | null> {
  const cached = metaCache.get(eventId);
  if (cached && cached.until > Date.now()) return cached.meta;
  let fields = await readMetaFields(eventId);
  if (!fields) {
    if (knownUnknown(eventId) || !(await rebuildState(eventId))) return null;
    fields = await readMetaFields(eventId);
    if (!fields) throw new Error(`coupon event ${eventId}: state missing after rebuild`);
  }
  const [start, end, total, validDays, atelierId] = fields;
  return rememberMeta({ id: eventId, startsAt: Number(start), endsAt: Number(end), total: Number(total), validDays: Number(validDays), atelierId: atelierId ? Number(atelierId) : null });
}

/** HMGET answers values in field order (the client does not map them to an object). */
async function readMetaFields(eventId: number): Promise<(string | null)[] | null> {
  const fields = await hmgetValues(keysOf(eventId).state, "start", "end", "total", "validDays", "atelierId");
  return fields[0] ? fields : null;
}

/**
 * Rebuilds an event's Redis state from PostgreSQL: claimants from the coupon rows, `next` from
 * the highest slot written, every lower slot without a row back into freeSlots, and `closed`
 * from closed_at (and `canceled` when that was before the start); the waiting line starts empty (whoever waited arrives anew at their next
 * attempt: a slot held for them was the old copy's). No lock and no waiting: each instance
 * reads PostgreSQL itself (callers within an instance share one rebuild), stages its copy under
 * temporary keys and publishes it in one script that keeps whichever copy came first (see
 * PUBLISH). So an unknown id is answered by one primary-key read, and a lost state costs one
 * rebuild per instance. False if the event does not exist (remembered briefly, see unknownUntil).
 */
export function rebuildState(eventId: number): Promise<boolean> {
  const running = rebuilding.get(eventId);
  if (running) return running;
  const rebuild = readAndPublish(eventId).finally(() => rebuilding.delete(eventId));
  rebuilding.set(eventId, rebuild);
  return rebuild;
}

async function readAndPublish(eventId: number): Promise<boolean> {
  const event = await db.couponEvent.findUnique({ where: { id: eventId } });
  if (!event) {
    rememberUnknown(eventId);
    return false;
  }
  unknownUntil.delete(eventId);
  const keys = keysOf(eventId);
  const token = randomUUID();
  const rows = await db.coupon.findMany({ where: { eventId }, select: { memberId: true, seq: true } });
  const used = new Set(rows.map((r) => r.seq));
  const next = rows.reduce((max, r) => Math.max(max, r.seq), 0);
  const free = Array.from({ length: next }, (_, i) => i + 1).filter((slot) => !used.has(slot));
  const claimants = rows.flatMap((r) => (r.memberId ? [r.memberId] : []));
  const staging = keys.staging(token);
  for (let i = 0; i < claimants.length; i += CHUNK) {
    await redis.sadd(staging.claimants, ...(claimants.slice(i, i + CHUNK) as [string, ...string[]]));
  }
  for (let i = 0; i < free.length; i += CHUNK) await redis.rpush(staging.freeSlots, ...free.slice(i, i + CHUNK));
  if (claimants.length || free.length) {
    await Promise.all([redis.pexpire(staging.claimants, 60_000), redis.pexpire(staging.freeSlots, 60_000)]);
  }
  const start = event.startsAt.getTime();
  const end = (event.closedAt ?? event.endsAt).getTime();
  const soldOutAt = next >= event.totalQuantity && free.length === 0 ? await lastIssuedAt(eventId) : null;
  const fields: (string | number)[] = [
    "start", start, "end", event.endsAt.getTime(), "total", event.totalQuantity, "next", next,
    "closed", event.closedAt ? 1 : 0, "canceled", wasCanceled(event) ? 1 : 0, "gen", token, "validDays", event.validDays, "atelierId", event.atelierId ?? "",
    ...(soldOutAt ? ["soldOutAt", soldOutAt] : []),
  ];
  await scripts.publish.exec(
    [keys.state, keys.claimants, keys.freeSlots, staging.claimants, staging.freeSlots, keys.line, keys.seen, keys.admitted],
    [Math.max(end, Date.now()) + KEEP_AFTER_END_MS, ...fields].map(String),
  );
  forgetMeta(eventId);
  return true;
}

async function lastIssuedAt(eventId: number): Promise<number | null> {
  const last = await db.coupon.findFirst({ where: { eventId }, orderBy: { issuedAt: "desc" }, select: { issuedAt: true } });
  return last?.issuedAt.getTime() ?? null;
}

/** Waits out a rebuild of this instance that may have read PostgreSQL before the caller's write. */
async function afterRunningRebuild(eventId: number): Promise<void> {
  await rebuilding.get(eventId)?.catch(() => undefined);
}

/** Loads a just-created event into Redis: a rebuild started after its row was written. */
export async function loadState(eventId: number): Promise<boolean> {
  await afterRunningRebuild(eventId);
  return rebuildState(eventId);
}

/**
 * Replaces an event's Redis copy with one rebuilt from PostgreSQL, after an edit or an early
 * close (whose closedAt the rebuild reads): claims in between see MISSING and rebuild it
 * themselves from the same rows.
 */
export async function resetState(eventId: number): Promise<void> {
  await afterRunningRebuild(eventId);
  const keys = keysOf(eventId);
  await redis.del(keys.state, keys.claimants, keys.freeSlots);
  forgetMeta(eventId);
  await rebuildState(eventId);
}

/** Sets the live copy's `closed` flag (a close does this before writing PostgreSQL). */
export async function markClosed(eventId: number): Promise<void> {
  await scripts.close.exec([keysOf(eventId).state], []);
}

export type LiveState = { status: EventPhase; remaining: number; issued: number; total: number; startsAt: number; endsAt: number; soldOutAt: number | null; serverTime: number };

/** Status and remaining count answered from Redis alone: cheap enough to poll every second. */
export async function liveState(eventId: number): Promise<LiveState | null> {
  const meta = await eventMeta(eventId);
  if (!meta) return null;
  const keys = keysOf(eventId);
  const read = async () => {
    const pipeline = redis.pipeline();
    pipeline.hmget(keys.state, "next", "closed", "canceled", "soldOutAt");
    pipeline.llen(keys.freeSlots);
    return (await pipeline.exec()) as [(string | null)[], number];
  };
  let [[next, closed, canceled, soldOutAt], freeCount] = await read();
  if (next == null) {
    // Redis lost the state since the meta was cached: rebuild it, then read again.
    if (!(await rebuildState(eventId))) return null;
    [[next, closed, canceled, soldOutAt], freeCount] = await read();
    if (next == null) throw new Error(`coupon event ${eventId}: state missing after rebuild`);
  }
  const issued = Number(next) - freeCount;
  const remaining = Math.max(0, meta.total - issued);
  const now = Date.now();
  const status = eventPhase({ now, startsAt: meta.startsAt, endsAt: meta.endsAt, closed: closed === "1", canceled: canceled === "1", remaining });
  return { status, remaining, issued, total: meta.total, startsAt: meta.startsAt, endsAt: meta.endsAt, soldOutAt: soldOutAt ? Number(soldOutAt) : null, serverTime: now };
}

/** Claim attempts per second over the last few whole seconds (the live view). */
export async function attemptsPerSecond(eventId: number, windowSeconds = 5): Promise<number> {
  const now = Math.floor(Date.now() / 1000);
  const [first, ...rest] = Array.from({ length: windowSeconds }, (_, i) => String(now - 1 - i));
  const counts = await hmgetValues(keysOf(eventId).attemptsPerSecond, first!, ...rest);
  return counts.reduce((sum, n) => sum + Number(n ?? 0), 0) / windowSeconds;
}
