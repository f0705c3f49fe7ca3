import "server-only";
import { refreshEventPages } from "@/app/api/event-pages";
import { requireMarketer } from "@/lib/auth/roles";
import { eventJson, type EventScope } from "@/lib/coupons/events";
import type { CouponEvent } from "@/lib/generated/prisma/client";
import { apiRoute, json } from "@/lib/http";
import { routeId } from "@/lib/route-params";

/** A marketer's POST that changes one event's course (close early, cancel): the event as it is now. */
export function marketerEventAction(act: (eventId: number, scope: EventScope) => Promise<CouponEvent>) {
  return apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
    const member = await requireMarketer();
    const event = await act(await routeId(params, "EVENT_NOT_FOUND"), { kind: "marketer", memberId: member.id });
    refreshEventPages(event);
    return json({ event: eventJson(event) });
  });
}
