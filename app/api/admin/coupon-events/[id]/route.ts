import { refreshEventPages } from "@/app/api/event-pages";
import { requireMarketer } from "@/lib/auth/roles";
import { eventJson, requireScopedEvent, updateEvent } from "@/lib/coupons/events";
import { apiRoute, json, parseJson } from "@/lib/http";
import { routeId } from "@/lib/route-params";
import { couponEventSchema, EVENT_LIMITS } from "@/lib/validation/coupon-event";

type Context = { params: Promise<{ id: string }> };
const schema = couponEventSchema(EVENT_LIMITS.marketer);

export const GET = apiRoute(async (_request: Request, { params }: Context) => {
  const member = await requireMarketer();
  const event = await requireScopedEvent(await routeId(params, "EVENT_NOT_FOUND"), { kind: "marketer", memberId: member.id });
  return json({ event: eventJson(event) });
});

/** Edits an event until it opens (then 409 EVENT_STARTED). */
export const PATCH = apiRoute(async (request: Request, { params }: Context) => {
  const member = await requireMarketer();
  const id = await routeId(params, "EVENT_NOT_FOUND");
  const input = await parseJson(request, schema);
  const event = await updateEvent(id, input, { kind: "marketer", memberId: member.id });
  refreshEventPages(event);
  return json({ event: eventJson(event) });
});
