import { StudioNav } from "@/app/studio/studio-nav";
import { EventsOverview } from "@/components/coupon-events/events-overview";
import { requireAtelierOwnerPage } from "@/lib/auth/roles";
import { listEvents } from "@/lib/coupons/events";

export const metadata = { title: "팔로워 쿠폰" };

export default async function StudioEventsPage() {
  const owner = await requireAtelierOwnerPage("/studio/coupon-events");
  const events = await listEvents({ kind: "owner", memberId: owner.id, atelierId: owner.atelier.id });
  return (
    <div className="mx-auto max-w-6xl px-4 pt-6">
      <StudioNav current="/studio/coupon-events" />
      <div className="mt-8">
        <EventsOverview
          eyebrow="작가 스튜디오"
          title="팔로워 쿠폰"
          intro="팔로워만 받을 수 있는 선착순 쿠폰이에요. 단골에게 고마움을 전하고, 새 팔로워도 모아 보세요."
          events={events}
          hrefOf={(id) => `/studio/coupon-events/${id}`}
          newHref="/studio/coupon-events/new"
          emptyText="아직 만든 팔로워 쿠폰이 없어요."
        />
      </div>
    </div>
  );
}
