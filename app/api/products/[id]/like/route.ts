import { requireSignedInMember } from "@/lib/auth/signed-in-member";
import { apiRoute, errors, json } from "@/lib/http";
import { setLike } from "@/lib/likes";
import { limitMutations } from "@/lib/member-rate-limit";
import { routeId } from "@/lib/route-params";

type Context = { params: Promise<{ id: string }> };

/** PUT = 찜, DELETE = 찜 해제. Idempotent; answers the state and the exact count. */
function handler(liked: boolean) {
  return apiRoute(async (_request: Request, { params }: Context) => {
    const member = await requireSignedInMember();
    const productId = await routeId(params, "작품을 찾을 수 없어요.");
    await limitMutations(member.id);
    const state = await setLike(member.id, productId, liked);
    if (!state) throw errors.notFound("작품을 찾을 수 없어요.");
    return json(state);
  });
}

export const PUT = handler(true);
export const DELETE = handler(false);
