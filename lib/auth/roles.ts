import "server-only";
import { forbidden } from "next/navigation";
import { cache } from "react";
import { requireSignedInMemberPage, requireSignedInMember, type SignedInMember } from "@/lib/auth/signed-in-member";
import { db } from "@/lib/db";
import { errors } from "@/lib/http";

/**
 * The server-side half of the role gates (proxy.ts is the first): pages under /studio need the
 * owner of an atelier, pages under /admin a marketer — read from the database, not the token.
 * Anyone else gets a 403 page. Each lookup runs once per request, however many layouts, pages
 * and metadata functions ask.
 */
export const ownedAtelier = cache((memberId: string) =>
  db.atelier.findUnique({ where: { ownerId: memberId }, select: { id: true, name: true, followerCount: true } }),
);

const isMarketer = cache(async (memberId: string) => (await db.member.findUnique({ where: { id: memberId }, select: { role: true } }))?.role === "MARKETER");

export async function requireAtelierOwnerPage(path: string): Promise<SignedInMember & { atelier: NonNullable<Awaited<ReturnType<typeof ownedAtelier>>> }> {
  const member = await requireSignedInMemberPage(path);
  const atelier = await ownedAtelier(member.id);
  if (!atelier) forbidden();
  return { ...member, atelier };
}

export async function requireMarketerPage(path: string): Promise<SignedInMember> {
  const member = await requireSignedInMemberPage(path);
  if (!(await isMarketer(member.id))) forbidden();
  return member;
}

/** For route handlers: the member if they are a marketer (checked in the database), else 403. */
export async function requireMarketer(): Promise<SignedInMember> {
  const member = await requireSignedInMember();
  if (!(await isMarketer(member.id))) throw errors.forbidden("마케터만 쓸 수 있어요.");
  return member;
}
