import "server-only";
import type { SignedInMember } from "@/lib/auth/signed-in-member";
import { followedAmong } from "@/lib/follows";
import { likedAmong } from "@/lib/likes";

/** What the member has liked among these products (nothing for visitors). */
export async function memberLikes(member: SignedInMember | null, productIds: number[]) {
  return { signedIn: member !== null, liked: await likedAmong(member?.id, productIds) };
}

/** Which of these ateliers the member follows, and their own atelier (nothing for visitors). */
export async function memberFollows(member: SignedInMember | null, atelierIds: number[]) {
  return { signedIn: member !== null, following: await followedAmong(member?.id, atelierIds), ownAtelierId: member?.atelierId ?? null };
}
