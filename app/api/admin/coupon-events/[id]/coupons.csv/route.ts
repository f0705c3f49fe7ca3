import { requireMarketer } from "@/lib/auth/roles";
import { issuedCouponsCsv, requireScopedEvent } from "@/lib/coupons/events";
import { apiRoute } from "@/lib/http";
import { routeId } from "@/lib/route-params";

/** Issued coupons as CSV, without personal data. */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const member = await requireMarketer();
  const event = await requireScopedEvent(await routeId(params, "EVENT_NOT_FOUND"), { kind: "marketer", memberId: member.id });
  return new Response(await issuedCouponsCsv(event.id), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="coupon-event-${event.id}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
