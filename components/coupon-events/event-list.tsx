import { StatusBadge } from "@/components/coupon-events/event-status";
import type { listEvents } from "@/lib/coupons/events";
import { phaseOfRow } from "@/lib/coupons/phase";
import { discountLabel, periodLabel } from "@/lib/coupons/terms";
import { formatCount } from "@/lib/format";

export type ListedEvent = Awaited<ReturnType<typeof listEvents>>[number];

/** Events as cards (a table would not fit 390 px), each titled by a link to `hrefOf(id)`. Shared with the studio. */
export function EventList({ events, hrefOf }: { events: ListedEvent[]; hrefOf: (id: number) => string }) {
  return (
    <ul className="flex flex-col gap-3">
      {events.map((e) => {
        const issued = e._count.coupons;
        const status = phaseOfRow(e, issued);
        const share = Math.min(100, (issued / Math.max(1, e.totalQuantity)) * 100);
        return (
          <li key={e.id} className="relative rounded-2xl border border-stone-200 p-4 transition hover:border-stone-300 hover:shadow-sm sm:p-5">
            <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:gap-6">
              <div className="min-w-0 flex-1">
                <div className="flex items-center gap-2">
                  <StatusBadge status={status} />
                  <span className="text-xs font-semibold text-brand-600">{discountLabel(e)}</span>
                </div>
                <h2 className="mt-1.5 truncate text-base font-bold">
                  {/* The link covers the card (after:inset-0), so the whole row is one target with one name. */}
                  <a href={hrefOf(e.id)} className="after:absolute after:inset-0 after:rounded-2xl">
                    {e.title}
                  </a>
                </h2>
                <p className="mt-1 text-xs text-stone-500 tabular-nums">
                  {periodLabel(e)}
                </p>
              </div>
              <div className="sm:w-64">
                <p className="flex flex-wrap items-baseline justify-between gap-x-3 text-xs text-stone-500">
                  <span>
                    발급 <strong className="text-sm font-semibold text-ink tabular-nums">{formatCount(issued)}</strong>장
                  </span>
                  <span>
                    남은 수량 <strong className="text-sm font-semibold text-ink tabular-nums">{formatCount(Math.max(0, e.totalQuantity - issued))}</strong>
                    <span className="tabular-nums"> / {formatCount(e.totalQuantity)}장</span>
                  </span>
                </p>
                <div className="mt-2 h-1.5 overflow-hidden rounded-full bg-stone-100" aria-hidden="true">
                  <div className="h-full rounded-full bg-brand-500" style={{ width: `${share}%` }} />
                </div>
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
