import { josa } from "es-hangul";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ClaimPanel } from "@/app/events/[id]/claim-panel";
import { FollowerClaimPanel } from "@/app/events/[id]/follow-gate";
import { FollowerNotice } from "@/app/events/[id]/follower-notice";
import { LazyReminderButton } from "@/app/events/[id]/lazy-reminder-button";
import { EventBanner } from "@/components/coupon-events/event-banner";
import { ZoneCards } from "@/components/coupon-events/zone-card";
import { TicketIcon } from "@/components/icons/ticket";
import { parseId } from "@/lib/validation/common";
import { getPublicEvent } from "@/lib/coupons/events";
import { liveState } from "@/lib/coupons/state";
import { listEventsForZone, nextEvents } from "@/lib/coupons/zone";
import { conditionsLabel, discountLabel } from "@/lib/coupons/terms";
import { env } from "@/lib/env";
import { messageOf } from "@/lib/errors";
import { formatCount, formatDateTime, formatLead } from "@/lib/format";

type Props = { params: Promise<{ id: string }> };

/**
 * Cached for everyone (ISR), rendered again at most every 3 s: each instance keeps its own copy,
 * and a marketer's edit must show on all of them within seconds (the instance that took the edit
 * renders at once: revalidatePath in the event routes). The claim box polls the live count.
 */
export const revalidate = 3;

/** None at build: each event page is rendered on its first visit, then served from cache. */
export function generateStaticParams(): { id: string }[] {
  return [];
}

/** Once per request: the metadata and the page both need the event. */
const load = cache(async (rawId: string) => {
  const id = parseId(rawId);
  return id === null ? null : getPublicEvent(id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await load((await params).id);
  return event ? { title: event.title, description: `${discountLabel(event)} · 선착순 ${formatCount(event.totalQuantity)}장` } : { title: messageOf("EVENT_NOT_FOUND") };
}

export default async function EventPage({ params }: Props) {
  const event = await load((await params).id);
  if (!event) notFound();
  const live = await liveState(event.id);
  if (!live) notFound();
  const over = live.status === "SOLD_OUT" || live.status === "CLOSED" || live.status === "CANCELED";
  return (
    <div className="mx-auto max-w-3xl px-4 pt-6">
      {live.status === "CANCELED" && (
        <p role="note" className="mb-4 rounded-2xl bg-red-50 px-5 py-4 text-sm font-semibold text-red-700">
          취소된 이벤트예요. 이 이벤트는 열리지 않아요.
        </p>
      )}
      <EventBanner
        src={event.bannerImage}
        copy={{ ...event, followerOnly: event.atelier !== null }}
        width={1200}
        priority
        className="aspect-[3/1] w-full rounded-3xl"
      />
      <p className="mt-6 inline-flex items-center gap-1.5 text-sm font-semibold text-brand-600">
        <TicketIcon className="size-4" />
        {event.atelier ? `${event.atelier.name} 팔로워 전용 쿠폰` : "선착순 쿠폰 이벤트"}
      </p>
      <h1 className="mt-2 text-2xl font-bold leading-snug sm:text-3xl">{event.title}</h1>
      {event.description && <p className="mt-3 whitespace-pre-line leading-7 text-stone-600">{event.description}</p>}

      <section aria-labelledby="coupon-terms" className="mt-8 flex overflow-hidden rounded-2xl border border-brand-200 bg-brand-50">
        <div className="flex-1 p-6">
          <h2 id="coupon-terms" className="text-3xl font-extrabold text-brand-700">
            {discountLabel(event)}
          </h2>
          <p className="mt-2 text-sm text-stone-700">{conditionsLabel(event)}</p>
          <p className="mt-1 text-sm text-stone-500">받은 날부터 {event.validDays}일 동안 사용할 수 있어요.</p>
        </div>
        <div className="flex flex-col items-center justify-center border-l-2 border-dashed border-brand-200 px-6 text-center">
          <p className="text-xs text-stone-500">선착순</p>
          <p className="text-xl font-bold">{formatCount(event.totalQuantity)}장</p>
        </div>
      </section>

      <dl className="mt-6 grid grid-cols-[5rem_1fr] gap-y-2 text-sm">
        <dt className="text-stone-500">오픈</dt>
        <dd>{formatDateTime(event.startsAt)}</dd>
        <dt className="text-stone-500">마감</dt>
        <dd>{formatDateTime(event.closedAt ?? event.endsAt)} 또는 선착순 소진 시</dd>
      </dl>

      {event.atelier && <FollowerNotice atelierId={event.atelier.id} atelierName={event.atelier.name} particle={josa.pick(event.atelier.name, "을/를")} />}

      {event.atelier ? <FollowerClaimPanel atelierId={event.atelier.id} eventId={event.id} initial={live} /> : <ClaimPanel eventId={event.id} initial={live} />}

      {live.status === "SCHEDULED" && (
        <LazyReminderButton eventId={event.id} startsAt={event.startsAt.toISOString()} leadSeconds={env.COUPON_REMINDER_LEAD_SECONDS} lead={formatLead(env.COUPON_REMINDER_LEAD_SECONDS)} />
      )}
      {over && <WhatNext eventId={event.id} />}
    </div>
  );
}

/** A sold-out, ended or cancelled event's page points on: what is open or opens next, and 쿠폰존. */
async function WhatNext({ eventId }: { eventId: number }) {
  const next = nextEvents(await listEventsForZone(), eventId);
  return (
    <section aria-labelledby="what-next-title" className="mt-10">
      <div className="mb-4 flex items-end justify-between gap-4">
        <h2 id="what-next-title" className="text-lg font-bold">
          {next.length > 0 ? "지금 받을 수 있거나 곧 열리는 쿠폰" : "지금은 열린 쿠폰이 없어요"}
        </h2>
        <a href="/events" className="shrink-0 text-sm font-semibold text-brand-600 hover:underline">
          쿠폰존 전체 보기
        </a>
      </div>
      {next.length > 0 ? <ZoneCards events={next} /> : <p className="text-sm text-stone-600">새 쿠폰 이벤트는 쿠폰존에 가장 먼저 올라와요.</p>}
    </section>
  );
}
