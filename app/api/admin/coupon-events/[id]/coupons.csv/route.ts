import { requireMarketer } from "@/lib/auth/roles";
import { getScopedEvent, issuedCouponsCsv } from "@/lib/coupons/events";
import { apiRoute, errors } from "@/lib/http";
import { routeId } from "@/lib/route-params";

/** Issued coupons as CSV, without personal data. */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const member = await requireMarketer();
  const event = await getScopedEvent(await routeId(params, "이벤트를 찾을 수 없어요."), { kind: "marketer", memberId: member.id });
  if (!event) throw errors.notFound("이벤트를 찾을 수 없어요.");
  return new Response(await issuedCouponsCsv(event.id), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="coupon-event-${event.id}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
