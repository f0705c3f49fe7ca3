import { requireSignedInMember } from "@/lib/auth/signed-in-member";
import { setFollow } from "@/lib/follows";
import { apiRoute, json } from "@/lib/http";
import { limitMutations } from "@/lib/member-rate-limit";
import { routeId } from "@/lib/route-params";

type Context = { params: Promise<{ id: string }> };

/** PUT = 팔로우, DELETE = 언팔로우. Idempotent; answers the state and the exact count. */
function handler(following: boolean) {
  return apiRoute(async (_request: Request, { params }: Context) => {
    const member = await requireSignedInMember();
    const atelierId = await routeId(params, "ATELIER_NOT_FOUND");
    await limitMutations(member.id);
    return json(await setFollow(member.id, atelierId, following));
  });
}

export const PUT = handler(true);
export const DELETE = handler(false);
