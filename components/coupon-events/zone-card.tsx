import { Countdown } from "@/components/coupon-events/countdown";
import { StatusBadge } from "@/components/coupon-events/event-status";
import type { ZoneEvent } from "@/lib/coupons/zone";
import { conditionsLabel, discountLabel } from "@/lib/coupons/terms";
import { formatCount, formatDateTime } from "@/lib/format";

/**
 * One event in 쿠폰존 (and the "what next" list of an ended event's page): a card whose one link,
 * named by the title, covers it. Open: what is left, with a bar; upcoming: when it opens (Korea
 * time) and a countdown; ended: how it ended.
 */
export function ZoneCard({ event: e }: { event: ZoneEvent }) {
  const issued = e.totalQuantity - e.remaining;
  return (
    <li className="relative flex flex-col rounded-2xl border border-stone-200 p-4 transition hover:border-stone-300 hover:shadow-sm sm:p-5">
      <div className="flex flex-wrap items-center gap-2">
        <StatusBadge status={e.phase} />
        {e.atelier && <span className="text-xs font-semibold text-stone-500">{e.atelier.name} 팔로워 전용</span>}
      </div>
      <h3 className="mt-2 text-base leading-snug font-bold">
        <a href={`/events/${e.id}`} className="after:absolute after:inset-0 after:rounded-2xl">
          {e.title}
        </a>
      </h3>
      <p className="mt-2 text-lg font-extrabold text-brand-700">{discountLabel(e)}</p>
      <p className="mt-0.5 text-xs text-stone-600">{conditionsLabel(e)}</p>
      <div className="mt-auto pt-4 text-sm">
        {e.phase === "OPEN" && (
          <>
            <p className="flex items-baseline justify-between">
              <strong className="text-brand-700 tabular-nums">{formatCount(e.remaining)}장 남음</strong>
              <span className="text-xs text-stone-500 tabular-nums">선착순 {formatCount(e.totalQuantity)}장</span>
            </p>
            <div
              role="progressbar"
              aria-label={`${e.title} 발급률`}
              aria-valuemin={0}
              aria-valuemax={e.totalQuantity}
              aria-valuenow={issued}
              aria-valuetext={`${formatCount(e.totalQuantity)}장 중 ${formatCount(issued)}장 발급`}
              className="mt-2 h-1.5 overflow-hidden rounded-full bg-stone-100"
            >
              <div className="h-full rounded-full bg-brand-500" style={{ width: `${(issued / Math.max(1, e.totalQuantity)) * 100}%` }} />
            </div>
          </>
        )}
        {e.phase === "SCHEDULED" && (
          <p className="flex flex-wrap items-baseline justify-between gap-x-3">
            <span className="text-stone-600 tabular-nums">{formatDateTime(e.startsAt)} 오픈</span>
            <span className="text-xs text-stone-500">
              오픈까지 <Countdown until={e.startsAt.getTime()} className="text-sm font-bold text-ink" />
            </span>
          </p>
        )}
        {e.phase === "SOLD_OUT" && <p className="text-stone-500">선착순 {formatCount(e.totalQuantity)}장이 모두 나갔어요.</p>}
        {e.phase === "CLOSED" && <p className="text-stone-500 tabular-nums">{formatDateTime(e.closedAt ?? e.endsAt)}에 종료됐어요.</p>}
      </div>
    </li>
  );
}

/** A grid of zone cards. */
export function ZoneCards({ events }: { events: ZoneEvent[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {events.map((e) => (
        <ZoneCard key={e.id} event={e} />
      ))}
    </ul>
  );
}
