import { requireSignedInMember } from "@/lib/auth/signed-in-member";
import { apiRoute, json, parseJson } from "@/lib/http";
import { confirmOrder } from "@/lib/orders/confirm";
import { routeToken } from "@/lib/route-params";
import { confirmOrderSchema, ORDER_ID } from "@/lib/validation/orders";

type Context = { params: Promise<{ id: string }> };

/** POST {paymentKey, amount} from the success URL: charges and answers {order} PAID; idempotent. */
export const POST = apiRoute(async (request, { params }: Context) => {
  const member = await requireSignedInMember();
  const orderId = await routeToken(params, ORDER_ID, "ORDER_NOT_FOUND");
  const input = await parseJson(request, confirmOrderSchema);
  return json({ order: await confirmOrder(member.id, orderId, input) });
});
