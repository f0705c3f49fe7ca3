import { z } from "zod";
import { requireSignedInMember } from "@/lib/auth/signed-in-member";
import { removeFollower } from "@/lib/follows";
import { apiRoute, errors, json } from "@/lib/http";
import { requireOwnedAtelier } from "@/lib/studio";

const memberId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** The owner removes a follower; the count drops by one. The follower is not told. */
export const DELETE = apiRoute(async (_request: Request, { params }: { params: Promise<{ memberId: string }> }) => {
  const member = await requireSignedInMember();
  const atelier = await requireOwnedAtelier(member);
  const parsed = memberId.safeParse((await params).memberId);
  const followerCount = parsed.success ? await removeFollower(atelier.id, parsed.data) : null;
  if (followerCount === null) throw errors.notFound("이 공방을 팔로우하는 회원이 아니에요.");
  return json({ ok: true, followerCount });
});
