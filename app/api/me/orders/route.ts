import { z } from "zod";
import { requireSignedInMember } from "@/lib/auth/signed-in-member";
import { cursorParam } from "@/lib/cursor";
import { apiRoute, json, parseQuery } from "@/lib/http";
import { listMyOrders } from "@/lib/orders/list";

const query = z.object({ cursor: cursorParam });

/** 주문내역: {items, nextCursor}, newest first. */
export const GET = apiRoute(async (request) => {
  const member = await requireSignedInMember();
  const { cursor } = parseQuery(request, query);
  return json(await listMyOrders(member.id, cursor));
});
