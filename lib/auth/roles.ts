import "server-only";
import { forbidden } from "next/navigation";
import { cache } from "react";
import { requireSignedInMemberPage, requireSignedInMember, type SignedInMember } from "@/lib/auth/signed-in-member";
import { db } from "@/lib/db";
import { DomainError, type FailureKey } from "@/lib/errors";

/** What a session token says about its member's roles: as of login, so possibly stale. */
type TokenClaims = { role?: string; atelierId?: number | null };

/**
 * Who may enter a signed-in area (its pages, and the API handlers that serve them), defined
 * once. `admits` reads the token: cheap but possibly stale (a role granted or taken since
 * login), so only proxy.ts uses it, to skip rendering a page that would be refused anyway.
 * `grant` is the decision, read from the database by the page and handler guards: what the
 * member holds there, or null.
 */
type Area = { prefix: string; admits: (claims: TokenClaims) => boolean };
type Gate<T> = Area & { grant: (memberId: string) => Promise<T | null>; refusal: FailureKey };

const ownedAtelier = cache((memberId: string) =>
  db.atelier.findUnique({ where: { ownerId: memberId }, select: { id: true, name: true, followerCount: true } }),
);

const marketer = cache(async (memberId: string) =>
  (await db.member.findUnique({ where: { id: memberId }, select: { role: true } }))?.role === "MARKETER" ? true : null,
);

/** Any signed-in member (lib/auth/signed-in-member.ts guards its pages and handlers). */
const MYPAGE: Area = { prefix: "/mypage", admits: () => true };
const STUDIO: Gate<NonNullable<Awaited<ReturnType<typeof ownedAtelier>>>> = {
  prefix: "/studio",
  admits: (claims) => claims.atelierId != null,
  grant: ownedAtelier,
  refusal: "OWNERS_ONLY",
};
const ADMIN: Gate<true> = { prefix: "/admin", admits: (claims) => claims.role === "MARKETER", grant: marketer, refusal: "MARKETERS_ONLY" };

const under = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

/** The proxy's pre-check: the signed-in area a page path is in (to ask for a login, or to pre-judge the token's claims). */
export function signedInArea(pathname: string): Area | undefined {
  return [MYPAGE, STUDIO, ADMIN].find((area) => under(pathname, area.prefix));
}

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
