import { requireMarketer } from "@/lib/auth/roles";
import { eventReport, getScopedEvent, issuedPerSecond } from "@/lib/coupons/events";
import { attemptsPerSecond, liveState } from "@/lib/coupons/state";
import { apiRoute, errors, json } from "@/lib/http";
import { routeId } from "@/lib/route-params";

/** The marketer's live view: Redis's count and rates while it runs, PostgreSQL's record beside it. */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const viewer = await requireMarketer();
  const event = await getScopedEvent(await routeId(params, "이벤트를 찾을 수 없어요."), { kind: "marketer", memberId: viewer.id });
  if (!event) throw errors.notFound("이벤트를 찾을 수 없어요.");
  const [live, attempts, issuedRate, report] = await Promise.all([liveState(event.id), attemptsPerSecond(event.id), issuedPerSecond(event.id), eventReport(event)]);
  return json({
    live,
    attemptsPerSecond: attempts,
    issuedPerSecond: issuedRate,
    report: { ...report, soldOutAt: report.soldOutAt?.toISOString() ?? null, firstIssuedAt: report.firstIssuedAt?.toISOString() ?? null },
  });
});
