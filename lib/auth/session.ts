import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth/config";
import { isSessionRevoked } from "@/lib/auth/sessions";
import { errors } from "@/lib/http";

export type Viewer = { id: string; sid: string; authAt: number; nickname: string; role: "USER" | "MARKETER"; atelierId: number | null };

/**
 * The signed-in member of this request, or null. A session whose id was revoked (logout,
 * password change, account deletion) is no session, wherever its cookie came from.
 * Read once per request.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const member = (await auth())?.member;
  if (!member) return null;
  return (await isSessionRevoked(member.sid)) ? null : member;
});

/** For route handlers: the viewer, or a 401. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw errors.unauthorized();
  return viewer;
}

/** For signed-in pages: the viewer, or a redirect to /login that comes back to `path`. */
export async function requirePageViewer(path: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  return viewer;
}
