import "server-only";
import { forbidden } from "next/navigation";
import { requirePageViewer, requireViewer, type Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { errors } from "@/lib/http";

/**
 * The server-side half of the role gates (proxy.ts is the first): pages under /studio need the
 * owner of an atelier, pages under /admin a marketer — read from the database, not the token.
 * Anyone else gets a 403 page.
 */
export async function requireAtelierOwnerPage(path: string): Promise<Viewer & { atelierId: number }> {
  const viewer = await requirePageViewer(path);
  const atelier = await db.atelier.findUnique({ where: { ownerId: viewer.id }, select: { id: true } });
  if (!atelier) forbidden();
  return { ...viewer, atelierId: atelier.id };
}

export async function requireMarketerPage(path: string): Promise<Viewer> {
  const viewer = await requirePageViewer(path);
  const member = await db.user.findUnique({ where: { id: viewer.id }, select: { role: true } });
  if (member?.role !== "MARKETER") forbidden();
  return viewer;
}

/** For route handlers: the viewer if they are a marketer (checked in the database), else 403. */
export async function requireMarketer(): Promise<Viewer> {
  const viewer = await requireViewer();
  const member = await db.user.findUnique({ where: { id: viewer.id }, select: { role: true } });
  if (member?.role !== "MARKETER") throw errors.forbidden("마케터만 쓸 수 있어요.");
  return viewer;
}
