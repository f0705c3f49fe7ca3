import "server-only";
import { forbidden } from "next/navigation";
import { cache } from "react";
import { requirePageViewer, requireViewer, type Viewer } from "@/lib/auth/session";
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

const isMarketer = cache(async (memberId: string) => (await db.user.findUnique({ where: { id: memberId }, select: { role: true } }))?.role === "MARKETER");

export async function requireAtelierOwnerPage(path: string): Promise<Viewer & { atelier: NonNullable<Awaited<ReturnType<typeof ownedAtelier>>> }> {
  const viewer = await requirePageViewer(path);
  const atelier = await ownedAtelier(viewer.id);
  if (!atelier) forbidden();
  return { ...viewer, atelier };
}

export async function requireMarketerPage(path: string): Promise<Viewer> {
  const viewer = await requirePageViewer(path);
  if (!(await isMarketer(viewer.id))) forbidden();
  return viewer;
}

/** For route handlers: the viewer if they are a marketer (checked in the database), else 403. */
export async function requireMarketer(): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!(await isMarketer(viewer.id))) throw errors.forbidden("마케터만 쓸 수 있어요.");
  return viewer;
}
