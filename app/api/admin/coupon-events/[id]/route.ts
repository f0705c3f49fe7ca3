import { requireMarketer } from "@/lib/auth/roles";
import { eventJson, getScopedEvent, updateEvent } from "@/lib/coupons/events";
import { eventError } from "@/lib/coupons/http";
import { apiRoute, errors, json, parseJson } from "@/lib/http";
import { routeId } from "@/lib/route-params";
import { couponEventSchema, EVENT_LIMITS } from "@/lib/validation/coupon-event";

type Context = { params: Promise<{ id: string }> };
const schema = couponEventSchema(EVENT_LIMITS.marketer);
const NOT_FOUND = "이벤트를 찾을 수 없어요.";

export const GET = apiRoute(async (_request: Request, { params }: Context) => {
  const member = await requireMarketer();
  const event = await getScopedEvent(await routeId(params, NOT_FOUND), { kind: "marketer", memberId: member.id });
  if (!event) throw errors.notFound(NOT_FOUND);
  return json({ event: eventJson(event) });
});

/** Edits an event until it opens (then 409 EVENT_STARTED). */
export const PATCH = apiRoute(async (request: Request, { params }: Context) => {
  const member = await requireMarketer();
  const id = await routeId(params, NOT_FOUND);
  const input = await parseJson(request, schema);
  const result = await updateEvent(id, input, { kind: "marketer", memberId: member.id });
  if (!result.ok) throw eventError(result);
  return json({ event: eventJson(result.value) });
});
