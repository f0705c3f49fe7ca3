import Link from "next/link";
import { EventList } from "@/components/coupon-events/event-list";
import { StudioNav } from "@/app/studio/studio-nav";
import { EmptyState } from "@/components/empty-state";
import { requireAtelierOwnerPage } from "@/lib/auth/roles";
import { listEvents } from "@/lib/coupons/events";

export const metadata = { title: "팔로워 쿠폰" };

export default async function StudioEventsPage() {
  const owner = await requireAtelierOwnerPage("/studio/coupon-events");
  const events = await listEvents({ kind: "owner", memberId: owner.id, atelierId: owner.atelier.id });
  return (
    <div className="mx-auto max-w-6xl px-4 pt-6">
      <StudioNav current="/studio/coupon-events" />
      <div className="mt-8 flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-sm font-semibold text-brand-600">작가 스튜디오</p>
          <h1 className="mt-1 text-2xl font-bold">팔로워 쿠폰</h1>
          <p className="mt-2 text-sm text-stone-600">팔로워만 받을 수 있는 선착순 쿠폰이에요. 단골에게 고마움을 전하고, 새 팔로워도 모아 보세요.</p>
        </div>
        {events.length > 0 && (
          <Link href="/studio/coupon-events/new" className="rounded-full bg-brand-500 px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-600">
            새 이벤트 만들기
          </Link>
        )}
      </div>
      <div className="mt-8">
        {events.length > 0 ? (
          // The studio has no console of its own: each event links to its public page.
          <EventList events={events} hrefOf={(id) => `/events/${id}`} />
        ) : (
          <EmptyState text="아직 만든 팔로워 쿠폰이 없어요." href="/studio/coupon-events/new" cta="새 이벤트 만들기" />
        )}
      </div>
    </div>
  );
}
