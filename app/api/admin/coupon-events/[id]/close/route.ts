import { requireMarketer } from "@/lib/auth/roles";
import { closeEvent, eventJson } from "@/lib/coupons/events";
import { eventError } from "@/lib/coupons/http";
import { apiRoute, json } from "@/lib/http";
import { routeId } from "@/lib/route-params";

/** Closes an event early. */
export const POST = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const member = await requireMarketer();
  const result = await closeEvent(await routeId(params, "이벤트를 찾을 수 없어요."), { kind: "marketer", memberId: member.id });
  if (!result.ok) throw eventError(result);
  return json({ event: eventJson(result.value) });
});
