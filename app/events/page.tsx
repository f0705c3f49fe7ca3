import type { Metadata } from "next";
import { ZoneCards } from "@/components/coupon-events/zone-card";
import { listEventsForZone, type ZoneEvent } from "@/lib/coupons/zone";

export const metadata: Metadata = { title: "쿠폰존", description: "지금 받을 수 있는 선착순 쿠폰, 곧 열리는 쿠폰, 최근 끝난 쿠폰을 한곳에서 보세요." };

/**
 * Cached for everyone (ISR) like home, rendered again at most every 3 s: remaining counts may
 * lag that much (each event's page counts live). The instance that took a marketer's change
 * renders at once (revalidatePath in the event routes, app/api/event-pages.ts).
 */
export const revalidate = 3;

export default async function CouponZonePage() {
  const zone = await listEventsForZone();
  return (
    <div className="mx-auto max-w-6xl px-4 pt-8">
      <h1 className="text-2xl font-bold">쿠폰존</h1>
      <p className="mt-2 text-sm text-stone-600">선착순 쿠폰은 오픈 시각에 열려요. 남은 수량과 오픈 시각을 확인하고 놓치지 마세요.</p>
      <ZoneSection id="open" title="진행 중" events={zone.open} empty="지금 받을 수 있는 쿠폰이 없어요. 곧 열리는 쿠폰을 확인해 보세요." />
      <ZoneSection id="upcoming" title="오픈 예정" events={zone.upcoming} empty="예정된 쿠폰 이벤트가 아직 없어요. 좋아하는 작가를 팔로우하면 팔로워 전용 쿠폰도 받을 수 있어요.">
        <a href="/ateliers" className="mt-3 inline-block text-sm font-semibold text-brand-600 underline">
          작가 둘러보기
        </a>
      </ZoneSection>
      <ZoneSection id="ended" title="최근 종료" events={zone.ended} empty="최근 2주 동안 끝난 이벤트가 없어요." />
    </div>
  );
}

function ZoneSection({ id, title, events, empty, children }: { id: string; title: string; events: ZoneEvent[]; empty: string; children?: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="mt-10">
      <h2 id={`${id}-title`} className="mb-4 text-lg font-bold">
        {title}
      </h2>
      {events.length > 0 ? (
        <ZoneCards events={events} />
      ) : (
        <div className="rounded-2xl bg-stone-50 px-6 py-10 text-center">
          <p className="text-sm text-stone-600">{empty}</p>
          {children}
        </div>
      )}
    </section>
  );
}
