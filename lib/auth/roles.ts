import "server-only";
import { forbidden } from "next/navigation";
import { cache } from "react";
import { AREAS, type Area } from "@/lib/auth/areas";
import type { EventConsole } from "@/lib/coupons/consoles";
import type { EventScope } from "@/lib/coupons/events";
import { requireSignedInMemberPage, requireSignedInMember, type SignedInMember } from "@/lib/auth/signed-in-member";
import { db } from "@/lib/db";
import { DomainError, type FailureKey } from "@/lib/errors";

/**
 * Who may enter a signed-in area (its pages, and the API handlers that serve them): the areas
 * and their token pre-check are lib/auth/areas.ts's (proxy.ts uses them); `grant` is the
 * decision, read from the database by the page and handler guards: what the member holds
 * there, or null.
 */
type Gate<T> = Area & { grant: (memberId: string) => Promise<T | null>; refusal: FailureKey };

const ownedAtelier = cache((memberId: string) =>
  db.atelier.findUnique({ where: { ownerId: memberId }, select: { id: true, name: true, followerCount: true } }),
);

const marketer = cache(async (memberId: string) =>
  (await db.member.findUnique({ where: { id: memberId }, select: { role: true } }))?.role === "MARKETER" ? true : null,
);

const STUDIO: Gate<NonNullable<Awaited<ReturnType<typeof ownedAtelier>>>> = { ...AREAS.studio, grant: ownedAtelier, refusal: "OWNERS_ONLY" };
const ADMIN: Gate<true> = { ...AREAS.admin, grant: marketer, refusal: "MARKETERS_ONLY" };

/** Pages: a signed-in member the gate grants, else a redirect to /login or a 403 page. Each lookup runs once per request. */
async function enterPage<T>(gate: Gate<T>, path: string): Promise<{ member: SignedInMember; granted: T }> {
  const member = await requireSignedInMemberPage(path);
  const granted = await gate.grant(member.id);
  if (granted === null) forbidden();
  return { member, granted };
}

/** Route handlers: the same decision, as a 401 or the gate's refusal. */
async function enterApi<T>(gate: Gate<T>): Promise<{ member: SignedInMember; granted: T }> {
  const member = await requireSignedInMember();
  const granted = await gate.grant(member.id);
  if (granted === null) throw new DomainError(gate.refusal);
  return { member, granted };
}

export async function requireAtelierOwnerPage(path: string) {
  const { member, granted } = await enterPage(STUDIO, path);
  return { ...member, atelier: granted };
}

export async function requireAtelierOwner() {
  const { member, granted } = await enterApi(STUDIO);
  return { ...member, atelier: granted };
}

export async function requireMarketerPage(path: string): Promise<SignedInMember> {
  return (await enterPage(ADMIN, path)).member;
}

export async function requireMarketer(): Promise<SignedInMember> {
  return (await enterApi(ADMIN)).member;
}

/**
 * The one rule for who may touch which coupon event: the marketer's console every public event,
 * an owner's studio their own atelier's follower coupons. lib/coupons/events.ts scopes every read
 * and write by the answer, so an event outside it is not found (404): another owner's event, or a
 * marketer's event asked for at the studio, is never revealed. Someone the console's gate refuses
 * gets its refusal (403, or 401 / the login page when signed out).
 */
const ownerScope = (owner: { id: string; atelier: { id: number } }): EventScope => ({ kind: "owner", memberId: owner.id, atelierId: owner.atelier.id });
const marketerScope = (member: SignedInMember): EventScope => ({ kind: "marketer", memberId: member.id });

/** Route handlers: the console's scope, or 401 / the console's 403. */
export async function requireEventScope(kind: EventConsole): Promise<EventScope> {
  return kind === "owner" ? ownerScope(await requireAtelierOwner()) : marketerScope(await requireMarketer());
}

/** Pages: the console's scope, or the login page / the 403 page. */
export async function requireEventScopePage(kind: EventConsole, path: string): Promise<EventScope> {
  return kind === "owner" ? ownerScope(await requireAtelierOwnerPage(path)) : marketerScope(await requireMarketerPage(path));
}
