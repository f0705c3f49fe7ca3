import { requireSignedInMember } from "@/lib/auth/signed-in-member";
import { apiRoute, json } from "@/lib/http";
import { cancelOrder } from "@/lib/orders/cancel";
import { routeToken } from "@/lib/route-params";
import { ORDER_ID } from "@/lib/validation/orders";

type Context = { params: Promise<{ id: string }> };

/** POST: cancels the order (unpaid: releases it; paid: refunds); answers {order} CANCELED. */
export const POST = apiRoute(async (_request, { params }: Context) => {
  const member = await requireSignedInMember();
  const orderId = await routeToken(params, ORDER_ID, "ORDER_NOT_FOUND");
  return json({ order: await cancelOrder(member.id, orderId) });
});
