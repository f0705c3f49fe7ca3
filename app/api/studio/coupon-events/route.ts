import { refreshEventPages } from "@/app/api/event-pages";
import { requireAtelierOwner } from "@/lib/auth/roles";
import { createEvent, eventJson, listedEventJson, listEvents } from "@/lib/coupons/events";
import { apiRoute, json, parseJson } from "@/lib/http";
import { couponEventSchema, EVENT_LIMITS } from "@/lib/validation/coupon-event";

const schema = couponEventSchema(EVENT_LIMITS.owner);

export const GET = apiRoute(async () => {
  const owner = await requireAtelierOwner();
  const events = await listEvents({ kind: "owner", memberId: owner.id, atelierId: owner.atelier.id });
  return json({ items: events.map(listedEventJson) });
});

/** An owner's follower-only event (smaller limits): only followers of the atelier can claim. */
export const POST = apiRoute(async (request) => {
  const owner = await requireAtelierOwner();
  const input = await parseJson(request, schema);
  const event = await createEvent(input, { kind: "owner", memberId: owner.id, atelierId: owner.atelier.id });
  refreshEventPages(event);
  return json({ event: eventJson(event) }, { status: 201 });
});
