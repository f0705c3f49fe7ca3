import { Countdown } from "@/components/coupon-events/countdown";
import { EventActionButton } from "@/components/coupon-events/event-action-button";
import { EventBanner } from "@/components/coupon-events/event-banner";
import { EventEditor } from "@/components/coupon-events/event-editor";
import { StatusBadge } from "@/components/coupon-events/event-status";
import { LivePanel } from "@/components/coupon-events/live-panel";
import { EVENT_CONSOLES, type EventConsole as Console } from "@/lib/coupons/consoles";
import { savedEventValues } from "@/lib/coupons/form-values";
import { liveSnapshot } from "@/lib/coupons/live";
import { isCancelable, isClosable, isEditable, phaseOfRow, wasCanceled } from "@/lib/coupons/phase";
import { conditionsLabel, discountLabel, periodLabel } from "@/lib/coupons/terms";
import { formatCount, formatDateTime } from "@/lib/format";
import type { CouponEvent } from "@/lib/generated/prisma/client";

/**
 * An event in a console (the marketer's and an owner's studio alike): status and countdown,
 * 취소 before opening or 조기 종료 after, the live panel and CSV, the terms, and the edit form
 * until it opens. `nav` is the console's own navigation above it.
 */
export async function EventConsole({ kind, event, nav }: { kind: Console; event: CouponEvent; nav?: React.ReactNode }) {
  const { pages, api } = EVENT_CONSOLES[kind];
  // The same snapshot /live answers, so the live view renders filled in and polling only updates it.
  const snapshot = await liveSnapshot(event);
  const { live, report } = snapshot;
  const phase = phaseOfRow(event, report.issued);

  return (
    <div className="mx-auto max-w-6xl px-4 pt-6">
      {nav}
      <a href={pages} className={`inline-block text-sm text-stone-500 hover:text-ink ${nav ? "mt-6" : "mt-2"}`}>
        <span aria-hidden="true">← </span>이벤트 목록
      </a>
      <div className="mt-3 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div className="min-w-0">
          <div className="flex items-center gap-2">
            {/* Redis's answer when there is one: it is what claims are being told right now. */}
            <StatusBadge status={live?.status ?? phase} />
            <span className="text-xs text-stone-500">#{event.id}</span>
          </div>
          <h1 className="mt-2 break-words text-2xl font-bold">{event.title}</h1>
          <p className="mt-1 text-sm text-stone-600 tabular-nums">{periodLabel(event)}</p>
          {phase === "SCHEDULED" && (
            <p className="mt-2 text-sm text-stone-600">
              오픈까지 <Countdown until={event.startsAt.getTime()} className="text-lg font-bold text-ink" />
            </p>
          )}
        </div>
        <div className="flex shrink-0 flex-wrap gap-2">
          <a href={`/events/${event.id}`} className="rounded-full border border-stone-300 px-4 py-2 text-sm font-semibold hover:bg-stone-50">
            이벤트 페이지 보기
          </a>
          {isCancelable(phase) && <EventActionButton kind={kind} eventId={event.id} title={event.title} action="cancel" />}
          {isClosable(phase) && <EventActionButton kind={kind} eventId={event.id} title={event.title} action="close" />}
        </div>
      </div>

      <div className="mt-8 grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
        <div className="flex min-w-0 flex-col gap-6">
          <LivePanel kind={kind} eventId={event.id} initial={snapshot} />
        </div>
        <section aria-labelledby="terms-title" className="rounded-2xl border border-stone-200 p-5">
          <h2 id="terms-title" className="text-lg font-bold">
            쿠폰 조건
          </h2>
          <EventBanner src={event.bannerImage} copy={{ ...event, followerOnly: event.atelierId !== null }} width={300} className="mt-4 aspect-[3/1] w-full rounded-xl" />
          <p className="mt-4 text-2xl font-extrabold text-brand-700">{discountLabel(event)}</p>
          <p className="mt-1 text-sm text-stone-700">{conditionsLabel(event)}</p>
          <dl className="mt-4 grid grid-cols-[4.5rem_1fr] gap-y-2 border-t border-stone-100 pt-4 text-sm">
            <dt className="text-stone-500">발급 수량</dt>
            <dd>선착순 {formatCount(event.totalQuantity)}장</dd>
            <dt className="text-stone-500">사용 기간</dt>
            <dd>받은 날부터 {formatCount(event.validDays)}일</dd>
            <dt className="text-stone-500">시작</dt>
            <dd className="tabular-nums">{formatDateTime(event.startsAt)}</dd>
            <dt className="text-stone-500">종료</dt>
            <dd className="tabular-nums">
              {formatDateTime(event.endsAt)}
              {event.closedAt && (
                <span className="block text-xs text-red-600">
                  {formatDateTime(event.closedAt)}에 {wasCanceled(event) ? "취소" : "조기 종료"}
                </span>
              )}
            </dd>
          </dl>
          {event.description && <p className="mt-4 whitespace-pre-line border-t border-stone-100 pt-4 text-sm leading-6 text-stone-600">{event.description}</p>}
        </section>
      </div>

      {isEditable(phase) && (
        <section aria-labelledby="edit-title" className="mt-12">
          <h2 id="edit-title" className="text-lg font-bold">
            이벤트 수정
          </h2>
          <p className="mt-1 mb-4 text-sm text-stone-500">시작 전까지만 고칠 수 있어요. 시작하면 조건이 고정돼요.</p>
          <EventEditor mode="edit" audience={kind} endpoint={`${api}/${event.id}`} initial={savedEventValues(event)} redirectTo={`${pages}/${event.id}`} />
        </section>
      )}
    </div>
  );
}
