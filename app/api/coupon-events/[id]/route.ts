import { publicEventState } from "@/lib/coupons/events";
import { apiRoute, json } from "@/lib/http";
import { routeId } from "@/lib/route-params";

/**
 * The live part is the same for everyone (Redis alone, no session read), so a shared cache may
 * answer it for a second: at the opening second the crowd polling it meets the balancer's copy.
 * Browsers keep none (max-age=0). A kept answer is up to two seconds old, which the event page's
 * clock allows for (app/events/[id]/claim-panel.tsx).
 */
const LIVE_CACHE = "public, max-age=0, s-maxage=1, stale-while-revalidate=1";

/**
 * An event's public state: {event, remaining, status, serverTime}. Polled by the event page;
 * `?live=1` skips the event body and answers from Redis alone.
 */
export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = await routeId(params, "EVENT_NOT_FOUND");
  const live = new URL(request.url).searchParams.get("live") === "1";
  return json(await publicEventState(id, { withEvent: !live }), live ? { headers: { "Cache-Control": LIVE_CACHE } } : undefined);
});
