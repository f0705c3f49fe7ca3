import { requireSignedInMember } from "@/lib/auth/signed-in-member";
import { createEvent, eventJson, listedEventJson, listEvents } from "@/lib/coupons/events";
import { eventError } from "@/lib/coupons/http";
import { apiRoute, json, parseJson } from "@/lib/http";
import { requireOwnedAtelier } from "@/lib/studio";
import { couponEventSchema, EVENT_LIMITS } from "@/lib/validation/coupon-event";

const schema = couponEventSchema(EVENT_LIMITS.owner);

export const GET = apiRoute(async () => {
  const member = await requireSignedInMember();
  const atelier = await requireOwnedAtelier(member);
  const events = await listEvents({ kind: "owner", memberId: member.id, atelierId: atelier.id });
  return json({ items: events.map(listedEventJson) });
});

/** An owner's follower-only event (smaller limits): only followers of the atelier can claim. */
export const POST = apiRoute(async (request) => {
  const member = await requireSignedInMember();
  const atelier = await requireOwnedAtelier(member);
  const input = await parseJson(request, schema);
  const result = await createEvent(input, { kind: "owner", memberId: member.id, atelierId: atelier.id });
  if (!result.ok) throw eventError(result);
  return json({ event: eventJson(result.value) }, { status: 201 });
});
