import { requireMarketer } from "@/lib/auth/roles";
import { getScopedEvent } from "@/lib/coupons/events";
import { liveSnapshot } from "@/lib/coupons/live";
import { apiRoute, errors, json } from "@/lib/http";
import { routeId } from "@/lib/route-params";

/** The marketer's live view, polled by the event's admin page. */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const member = await requireMarketer();
  const event = await getScopedEvent(await routeId(params, "이벤트를 찾을 수 없어요."), { kind: "marketer", memberId: member.id });
  if (!event) throw errors.notFound("이벤트를 찾을 수 없어요.");
  return json(await liveSnapshot(event));
});
