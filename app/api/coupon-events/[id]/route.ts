import { publicEventState } from "@/lib/coupons/events";
import { apiRoute, json } from "@/lib/http";
import { routeId } from "@/lib/route-params";

/**
 * An event's public state: {event, remaining, status, serverTime}. Polled by the event page;
 * `?live=1` skips the event body and answers from Redis alone.
 */
export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = await routeId(params, "EVENT_NOT_FOUND");
  return json(await publicEventState(id, { withEvent: new URL(request.url).searchParams.get("live") !== "1" }));
});
