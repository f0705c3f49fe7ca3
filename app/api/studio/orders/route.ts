import { z } from "zod";
import { requireAtelierOwner } from "@/lib/auth/roles";
import { cursorParam } from "@/lib/cursor";
import { apiRoute, json, parseQuery } from "@/lib/http";
import { listAtelierOrders } from "@/lib/orders/list";

const query = z.object({ cursor: cursorParam });

/** Orders of the owner's products (paid or canceled): {items, nextCursor}, newest first. */
export const GET = apiRoute(async (request) => {
  const { atelier } = await requireAtelierOwner();
  const { cursor } = parseQuery(request, query);
  return json(await listAtelierOrders(atelier.id, cursor));
});
