import { refreshEventPages } from "@/app/api/event-pages";
import { requireMarketer } from "@/lib/auth/roles";
import { closeEvent, eventJson } from "@/lib/coupons/events";
import { apiRoute, json } from "@/lib/http";
import { routeId } from "@/lib/route-params";

/** Closes an event early. */
export const POST = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const member = await requireMarketer();
  const event = await closeEvent(await routeId(params, "EVENT_NOT_FOUND"), { kind: "marketer", memberId: member.id });
  refreshEventPages(event);
  return json({ event: eventJson(event) });
});
