import { AdminNav } from "@/app/admin/admin-nav";
import { phaseName } from "@/components/coupon-events/event-status";
import { EventsOverview } from "@/components/coupon-events/events-overview";
import { TabNav } from "@/components/tab-nav";
import { requireMarketerPage } from "@/lib/auth/roles";
import { listEvents } from "@/lib/coupons/events";
import { EVENT_PHASES, type EventPhase } from "@/lib/coupons/phase";

export const metadata = { title: "쿠폰 이벤트 관리" };

type Props = { searchParams: Promise<{ status?: string | string[] }> };

const PATH = "/admin/coupon-events";
/** ?status=scheduled … canceled; anything else is 전체. */
const hrefOf = (phase: EventPhase | null) => (phase ? `${PATH}?status=${phase.toLowerCase()}` : PATH);
const FILTERS = [{ href: hrefOf(null), label: "전체" }, ...EVENT_PHASES.map((p) => ({ href: hrefOf(p), label: phaseName(p) }))];

export default async function AdminEventsPage({ searchParams }: Props) {
  const member = await requireMarketerPage(PATH);
  const { status } = await searchParams;
  const phase = EVENT_PHASES.find((p) => p.toLowerCase() === status) ?? null;
  const events = await listEvents({ kind: "marketer", memberId: member.id }, phase ?? undefined);
  return (
    <div className="mx-auto max-w-6xl px-4 pt-8">
      <AdminNav current="/admin/coupon-events" />
      <EventsOverview
        eyebrow="마케터 콘솔"
        title="쿠폰 이벤트 관리"
        intro="선착순 쿠폰 이벤트를 만들고, 시작 전까지 고치고, 진행 상황을 실시간으로 지켜보세요."
        filter={<TabNav label="상태" tabs={FILTERS} current={hrefOf(phase)} className="mt-6" />}
        events={events}
        hrefOf={(id) => `${PATH}/${id}`}
        newHref={`${PATH}/new`}
        emptyText={phase ? `${phaseName(phase)} 상태인 이벤트가 없어요.` : "아직 만든 쿠폰 이벤트가 없어요."}
      />
    </div>
  );
}
