import { requireSignedInMember } from "@/lib/auth/signed-in-member";
import { apiRoute, json } from "@/lib/http";
import { setLike } from "@/lib/likes";
import { limitMutations } from "@/lib/member-rate-limit";
import { routeId } from "@/lib/route-params";

type Context = { params: Promise<{ id: string }> };

/** PUT = 찜, DELETE = 찜 해제. Idempotent; answers the state and the exact count. */
function handler(liked: boolean) {
  return apiRoute(async (_request: Request, { params }: Context) => {
    const member = await requireSignedInMember();
    const productId = await routeId(params, "PRODUCT_NOT_FOUND");
    await limitMutations(member.id);
    return json(await setLike(member.id, productId, liked));
  });
}

export const PUT = handler(true);
export const DELETE = handler(false);
