import { eventJson, getPublicEvent } from "@/lib/coupons/events";
import { liveState } from "@/lib/coupons/state";
import { apiRoute, errors, json } from "@/lib/http";
import { routeId } from "@/lib/route-params";

/**
 * An event's public state: {event, remaining, status, serverTime}. Polled by the event page;
 * `?live=1` skips the event body and answers from Redis alone.
 */
export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = await routeId(params, "이벤트를 찾을 수 없어요.");
  const live = await liveState(id);
  if (!live) throw errors.notFound("이벤트를 찾을 수 없어요.");
  const state = { remaining: live.remaining, total: live.total, status: live.status, serverTime: live.serverTime, startsAt: live.startsAt, endsAt: live.endsAt };
  if (new URL(request.url).searchParams.get("live") === "1") return json(state);
  const event = await getPublicEvent(id);
  if (!event) throw errors.notFound("이벤트를 찾을 수 없어요.");
  return json({ event: eventJson(event), ...state });
});
