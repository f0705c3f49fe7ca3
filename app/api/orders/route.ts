import { requireSignedInMember } from "@/lib/auth/signed-in-member";
import { apiRoute, json, parseJson } from "@/lib/http";
import { limitMutations } from "@/lib/member-rate-limit";
import { placeOrder } from "@/lib/orders/place";
import { placeOrderSchema } from "@/lib/validation/orders";

/**
 * POST {couponId?}: orders the cart; POST {productId, quantity?, couponId?}: 바로 구매, that product
 * alone (the cart untouched). 201 {order, payment: {url}}; the amounts are the server's.
 */
export const POST = apiRoute(async (request) => {
  const member = await requireSignedInMember();
  const input = await parseJson(request, placeOrderSchema);
  await limitMutations(member.id);
  return json(await placeOrder(member, input), { status: 201 });
});
