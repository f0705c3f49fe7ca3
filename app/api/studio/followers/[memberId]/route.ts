import { z } from "zod";
import { requireAtelierOwner } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors";
import { removeFollower } from "@/lib/follows";
import { apiRoute, json } from "@/lib/http";

const memberId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** The owner removes a follower; the count drops by one. The follower is not told. */
export const DELETE = apiRoute(async (_request: Request, { params }: { params: Promise<{ memberId: string }> }) => {
  const { atelier } = await requireAtelierOwner();
  const parsed = memberId.safeParse((await params).memberId);
  // A string that cannot be a member id names no follower either.
  if (!parsed.success) throw new DomainError("NOT_A_FOLLOWER");
  return json({ ok: true, followerCount: await removeFollower(atelier.id, parsed.data) });
});
