import Link from "next/link";
import { EventList } from "@/components/coupon-events/event-list";
import { EmptyState } from "@/components/empty-state";
import { requireMarketerPage } from "@/lib/auth/roles";
import { listEvents } from "@/lib/coupons/events";

export const metadata = { title: "쿠폰 이벤트 관리" };

export default async function AdminEventsPage() {
  const member = await requireMarketerPage("/admin/coupon-events");
  const events = await listEvents({ kind: "marketer", memberId: member.id });
  return (
    <div className="mx-auto max-w-6xl px-4 pt-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-sm font-semibold text-brand-600">마케터 콘솔</p>
          <h1 className="mt-1 text-2xl font-bold">쿠폰 이벤트 관리</h1>
          <p className="mt-2 text-sm text-stone-600">선착순 쿠폰 이벤트를 만들고, 시작 전까지 고치고, 진행 상황을 실시간으로 지켜보세요.</p>
        </div>
        {events.length > 0 && (
          <Link href="/admin/coupon-events/new" className="rounded-full bg-brand-500 px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-600">
            새 이벤트 만들기
          </Link>
        )}
      </div>
      <div className="mt-8">
        {events.length > 0 ? (
          <EventList events={events} hrefOf={(id) => `/admin/coupon-events/${id}`} />
        ) : (
          <EmptyState text="아직 만든 쿠폰 이벤트가 없어요." href="/admin/coupon-events/new" cta="새 이벤트 만들기" />
        )}
      </div>
    </div>
  );
}
