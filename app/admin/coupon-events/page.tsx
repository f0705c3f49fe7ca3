import { AdminNav } from "@/app/admin/admin-nav";
import { EventsOverview } from "@/components/coupon-events/events-overview";
import { requireMarketerPage } from "@/lib/auth/roles";
import { listEvents } from "@/lib/coupons/events";

export const metadata = { title: "쿠폰 이벤트 관리" };

export default async function AdminEventsPage() {
  const member = await requireMarketerPage("/admin/coupon-events");
  const events = await listEvents({ kind: "marketer", memberId: member.id });
  return (
    <div className="mx-auto max-w-6xl px-4 pt-8">
      <AdminNav current="/admin/coupon-events" />
      <EventsOverview
        eyebrow="마케터 콘솔"
        title="쿠폰 이벤트 관리"
        intro="선착순 쿠폰 이벤트를 만들고, 시작 전까지 고치고, 진행 상황을 실시간으로 지켜보세요."
        events={events}
        hrefOf={(id) => `/admin/coupon-events/${id}`}
        newHref="/admin/coupon-events/new"
        emptyText="아직 만든 쿠폰 이벤트가 없어요."
      />
    </div>
  );
}
