import "server-only";
import { scripts } from "@/lib/coupons/lua-scripts";
import { eventMeta, keysOf, markClosed, rebuildState, type EventMeta } from "@/lib/coupons/state";
import { placeInLine, WAITING_ROOM, type QueuedPlace, type WaitingRoom } from "@/lib/coupons/waiting-room";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { isFollowing } from "@/lib/follows";
import { Prisma } from "@/lib/generated/prisma/client";
import { identify } from "@/lib/rate-limit";

type IssuedCoupon = { id: string; eventId: number; seq: number; issuedAt: string; expiresAt: string };

/** A claim issued (201) or waiting in line (202); every other outcome is a refusal, thrown. */
export type ClaimOutcome = { status: "ISSUED"; coupon: IssuedCoupon } | QueuedPlace;

type ScriptAnswer = [string, ...(string | number)[]];

const DAY_MS = 86_400_000;
/** A slot collision (a rebuild raced an in-flight write) is rare; a few retries always suffice. */
const MAX_WRITE_ATTEMPTS = 5;

/** A refused claim, as the claimant is told it; NOT_OPEN says when trying again makes sense. */
function refusal(key: "NOT_OPEN" | "EVENT_CLOSED" | "ALREADY_CLAIMED" | "SOLD_OUT", opensInMs?: number): DomainError {
  return new DomainError(key, opensInMs ? { retryAfterSeconds: opensInMs / 1000 } : {});
}

/**
 * Claim attempts allowed per window (counted inside the claim script). Per member: a person
 * presses a few times a second at most and stops once answered (20 presses at once still pass).
 * Per client address: generous, since a household, an office or a campus NAT shares one address
 * while an event opens; it stops one machine cycling many accounts. (On a follower-only
 * event the follow check, one indexed read, comes before the script and so before the limits.)
 */
const CLAIM_LIMITS = { perMember: 30, perAddress: 600, windowMs: 10_000 };

/** The claim script's keys and arguments (see CLAIM in lib/coupons/lua-scripts.ts). Exported for
 *  the tests that run the script with its clock pinned and a waiting room of their own. */
export function claimScriptCall(eventId: number, memberId: string, address: string, room: WaitingRoom = WAITING_ROOM) {
  const k = keysOf(eventId);
  return {
    keys: [k.state, k.claimants, k.freeSlots, k.attemptsPerSecond, k.claimsByMember(memberId), k.claimsByAddress(identify(address)), k.line, k.seen, k.admitted, k.arrivals, k.admissions],
    // A second's worth of admissions may go at once (the bucket's size).
    args: [memberId, CLAIM_LIMITS.perMember, CLAIM_LIMITS.perAddress, CLAIM_LIMITS.windowMs, room.rate, room.rate, room.graceMs].map(String),
  };
}

function runClaim(eventId: number, memberId: string, address: string): Promise<ScriptAnswer> {
  const { keys, args } = claimScriptCall(eventId, memberId, address);
  return scripts.claim.exec(keys, args);
}

/**
 * A 선착순 claim: one atomic Redis step decides (window, duplicate, sold out, the waiting room —
 * see lib/coupons/lua-scripts.ts for the invariants), then the coupon row is written to
 * PostgreSQL before the caller may answer 201. Beyond the event's admission rate the claim waits
 * in line instead (QUEUED: the caller answers 202 with Retry-After, and the member's next
 * attempt moves them on). Sold-out, duplicate and queued claims never reach PostgreSQL
 * (follower-only events check the follow first). Claims never wait on each other: there is
 * no lock, only the script. `address` is the client's (lib/client-ip.ts), for the per-address
 * limit. A refusal throws (EVENT_NOT_FOUND, NOT_FOLLOWER, TOO_FAST, NOT_OPEN, EVENT_CLOSED,
 * ALREADY_CLAIMED, SOLD_OUT).
 */
export async function claimCoupon(eventId: number, memberId: string, address: string): Promise<ClaimOutcome> {
  const meta = await eventMeta(eventId);
  if (!meta) throw new DomainError("EVENT_NOT_FOUND");
  if (meta.atelierId !== null && !(await isFollowing(memberId, meta.atelierId))) throw new DomainError("NOT_FOLLOWER");
  let answer = await runClaim(eventId, memberId, address);
  if (answer[0] === "MISSING") {
    await rebuildState(eventId);
    answer = await runClaim(eventId, memberId, address);
    if (answer[0] === "MISSING") throw new Error(`coupon event ${eventId}: state missing after rebuild`);
  }
  if (answer[0] === "QUEUED") return queued(answer);
  if (answer[0] !== "OK") throw refusalOf(answer);
  return writeCoupon(meta, memberId, address, Number(answer[1]), String(answer[2]), Number(answer[3]));
}

/** The script's QUEUED answer: {"QUEUED", position, ticket, slotsLeft}. */
function queued(answer: ScriptAnswer): QueuedPlace {
  const [position, ticket, slotsLeft] = answer.slice(1).map(Number) as [number, number, number];
  return placeInLine(position, ticket, slotsLeft, WAITING_ROOM.rate);
}

/** The claim script's refusals, as the claimant is told them. */
function refusalOf(answer: ScriptAnswer): DomainError {
  switch (answer[0]) {
    case "ALREADY":
      return refusal("ALREADY_CLAIMED");
    case "SOLD_OUT":
      return refusal("SOLD_OUT");
    case "NOT_OPEN":
      return refusal("NOT_OPEN", Number(answer[1]));
    case "LIMITED":
      return new DomainError("TOO_FAST", { retryAfterSeconds: Number(answer[1]) / 1000 });
    default:
      return refusal("EVENT_CLOSED");
  }
}

/** The coupons trigger's refusal of a row outside the event's window (GB001 closed or ended,
 *  GB002 not open yet; see its migration), as the claimant is told it. */
function windowRefusal(error: unknown): "EVENT_CLOSED" | "NOT_OPEN" | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  const code = /"code":"(GB00[12])"/.exec(JSON.stringify(error.meta ?? {}))?.[1];
  return code === "GB001" ? "EVENT_CLOSED" : code === "GB002" ? "NOT_OPEN" : null;
}

/** Which unique constraint a P2002 hit: the member's one coupon, or the slot. */
function conflictOn(error: Prisma.PrismaClientKnownRequestError): "member" | "slot" {
  return /seq/.test(JSON.stringify(error.meta ?? {})) ? "slot" : "member";
}

/** Writes the row, stamped with the admission time on Redis's clock (the one the script decided
 *  the window by, and the one the coupons trigger checks it against). */
async function writeCoupon(meta: EventMeta, memberId: string, address: string, firstSlot: number, firstGen: string, admittedAt: number): Promise<ClaimOutcome> {
  const k = keysOf(meta.id);
  let slot = firstSlot;
  let gen = firstGen;
  let issuedAt = new Date(admittedAt);
  for (let attempt = 1; ; attempt++) {
    try {
      const row = await db.coupon.create({
        data: { eventId: meta.id, memberId: memberId, seq: slot, issuedAt, expiresAt: new Date(issuedAt.getTime() + meta.validDays * DAY_MS) },
        select: { id: true, eventId: true, seq: true, issuedAt: true, expiresAt: true },
      });
      return { status: "ISSUED", coupon: { ...row, issuedAt: row.issuedAt.toISOString(), expiresAt: row.expiresAt.toISOString() } };
    } catch (error) {
      const duplicate = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (duplicate && conflictOn(error) === "member") {
        // Redis had lost this member's claim (a rebuild raced their write): they have their
        // coupon; give the slot back, keep them a claimant.
        await scripts.release.exec([k.state, k.claimants, k.freeSlots], [memberId, String(slot), gen, "1"]);
        throw refusal("ALREADY_CLAIMED");
      }
      if (duplicate && attempt < MAX_WRITE_ATTEMPTS) {
        const next = await scripts.reassign.exec([k.state, k.claimants, k.freeSlots], [memberId, gen]);
        if (next[0] === "SOLD_OUT") throw refusal("SOLD_OUT");
        const fresh = next[0] === "STALE" ? await runClaim(meta.id, memberId, address) : next;
        if (fresh[0] === "MISSING") throw new Error(`coupon event ${meta.id}: state lost during a claim`);
        // A replaced copy has no line: beyond the rate, this member now waits like any arrival.
        if (fresh[0] === "QUEUED") return queued(fresh);
        if (fresh[0] !== "OK") throw refusalOf(fresh);
        slot = Number(fresh[1]);
        gen = String(fresh[2]);
        if (fresh[3] !== undefined) issuedAt = new Date(Number(fresh[3]));
        continue;
      }
      const outside = windowRefusal(error);
      if (outside) {
        // Redis's copy admitted a claim PostgreSQL refuses (it lost the close, or is stale):
        // nothing was promised; give the slot back, and close the live copy if the event is.
        await scripts.release.exec([k.state, k.claimants, k.freeSlots], [memberId, String(slot), gen, "0"]);
        if (outside === "EVENT_CLOSED") await markClosed(meta.id);
        throw refusal(outside);
      }
      // The row was not written: nothing was promised, so give the slot and the claim back.
      await scripts.release.exec([k.state, k.claimants, k.freeSlots], [memberId, String(slot), gen, "0"]).catch(() => undefined);
      throw error;
    }
  }
}
