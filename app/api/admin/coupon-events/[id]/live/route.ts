import { requireMarketer } from "@/lib/auth/roles";
import { requireScopedEvent } from "@/lib/coupons/events";
import { liveSnapshot } from "@/lib/coupons/live";
import { apiRoute, json } from "@/lib/http";
import { routeId } from "@/lib/route-params";

/** The marketer's live view, polled by the event's admin page. */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const member = await requireMarketer();
  const event = await requireScopedEvent(await routeId(params, "EVENT_NOT_FOUND"), { kind: "marketer", memberId: member.id });
  return json(await liveSnapshot(event));
});
