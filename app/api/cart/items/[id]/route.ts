import { requireSignedInMember } from "@/lib/auth/signed-in-member";
import { setCartQuantity } from "@/lib/cart";
import { apiRoute, json, parseJson } from "@/lib/http";
import { limitMutations } from "@/lib/member-rate-limit";
import { routeId } from "@/lib/route-params";
import { cartQuantitySchema } from "@/lib/validation/orders";

type Context = { params: Promise<{ id: string }> };

/** PUT {quantity}: how many of the product the cart holds (0 removes); more than the stock is 409. */
export const PUT = apiRoute(async (request, { params }: Context) => {
  const member = await requireSignedInMember();
  const productId = await routeId(params, "PRODUCT_NOT_FOUND");
  const { quantity } = await parseJson(request, cartQuantitySchema);
  await limitMutations(member.id);
  return json(await setCartQuantity(member.id, productId, quantity));
});
