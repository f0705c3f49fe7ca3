import { refreshEventPages } from "@/app/api/event-pages";
import { requireMarketer } from "@/lib/auth/roles";
import { createEvent, eventJson, listedEventJson, listEvents } from "@/lib/coupons/events";
import { apiRoute, json, parseJson } from "@/lib/http";
import { couponEventSchema, EVENT_LIMITS } from "@/lib/validation/coupon-event";

const schema = couponEventSchema(EVENT_LIMITS.marketer);

export const GET = apiRoute(async () => {
  const member = await requireMarketer();
  const events = await listEvents({ kind: "marketer", memberId: member.id });
  return json({ items: events.map(listedEventJson) });
});

/** Creates a 선착순 event; its state is loaded into Redis at once. 201 {event}. */
export const POST = apiRoute(async (request) => {
  const member = await requireMarketer();
  const input = await parseJson(request, schema);
  const event = await createEvent(input, { kind: "marketer", memberId: member.id });
  refreshEventPages(event);
  return json({ event: eventJson(event) }, { status: 201 });
});
