import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { followedAmong } from "@/lib/follows";
import { likedAmong } from "@/lib/likes";

/** What the viewer has liked among these products (nothing for visitors). */
export async function viewerLikes(viewer: Viewer | null, productIds: number[]) {
  return { signedIn: viewer !== null, liked: await likedAmong(viewer?.id, productIds) };
}

/** Which of these ateliers the viewer follows, and their own atelier (nothing for visitors). */
export async function viewerFollows(viewer: Viewer | null, atelierIds: number[]) {
  return { signedIn: viewer !== null, following: await followedAmong(viewer?.id, atelierIds), ownAtelierId: viewer?.atelierId ?? null };
}
