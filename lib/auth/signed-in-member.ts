import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { liveSession, readSessionToken } from "@/lib/auth/session-cookie";
import { DomainError } from "@/lib/errors";

export type SignedInMember = { id: string; sid: string; authAt: number; nickname: string; role: "USER" | "MARKETER"; atelierId: number | null };

/**
 * The signed-in member of this request, or null. A session whose id was revoked (logout,
 * password change, account deletion) or that outlived its 14 days is no session, wherever its
 * cookie came from. Read once per request, straight from the cookie: one decryption and one
 * Redis lookup, without Auth.js's session round (which would also re-encrypt a fresh cookie
 * that a page or route handler cannot even send).
 */
export const getSignedInMember = cache(async (): Promise<SignedInMember | null> => {
  const token = await liveSession((await readSessionToken(await cookies()))?.token ?? null);
  if (!token) return null;
  return {
    id: token.memberId,
    sid: token.sid,
    authAt: token.authAt,
    nickname: token.nickname ?? "",
    role: token.role ?? "USER",
    atelierId: token.atelierId ?? null,
  };
});

/** For route handlers: the member, or UNAUTHORIZED (401). */
export async function requireSignedInMember(): Promise<SignedInMember> {
  const member = await getSignedInMember();
  if (!member) throw new DomainError("UNAUTHORIZED");
  return member;
}

/** For signed-in pages: the member, or a redirect to /login that comes back to `path`. */
export async function requireSignedInMemberPage(path: string): Promise<SignedInMember> {
  const member = await getSignedInMember();
  if (!member) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  return member;
}
