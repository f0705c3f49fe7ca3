import { requireSignedInMember } from "@/lib/auth/signed-in-member";
import { setFollow } from "@/lib/follows";
import { ApiError, apiRoute, errors, json } from "@/lib/http";
import { limitMutations } from "@/lib/member-rate-limit";
import { routeId } from "@/lib/route-params";

type Context = { params: Promise<{ id: string }> };

/** PUT = 팔로우, DELETE = 언팔로우. Idempotent; answers the state and the exact count. */
function handler(following: boolean) {
  return apiRoute(async (_request: Request, { params }: Context) => {
    const member = await requireSignedInMember();
    const atelierId = await routeId(params, "공방을 찾을 수 없어요.");
    await limitMutations(member.id);
    const result = await setFollow(member.id, atelierId, following);
    if (!result.ok && result.error === "NOT_FOUND") throw errors.notFound("공방을 찾을 수 없어요.");
    if (!result.ok) throw new ApiError(400, "OWN_ATELIER", "내 공방은 팔로우할 수 없어요.");
    return json(result.state);
  });
}

export const PUT = handler(true);
export const DELETE = handler(false);
