import { progressOf, type Place } from "@/app/events/[id]/use-claim";
import { formatCount, formatWait } from "@/lib/format";

/**
 * The waiting room in the button's place, at the button's height (h-14), so nothing below moves
 * when it appears. Not a live region: it follows every answer, and the panel's role=status says
 * only what changed enough to be worth saying.
 */
export function WaitingBox({ place }: { place: Place }) {
  const percent = Math.round(progressOf(place) * 100);
  return (
    <div className="mt-6 flex h-14 flex-col justify-center gap-2 rounded-2xl bg-brand-50 px-4">
      <p className="flex items-baseline justify-between text-sm">
        <span>
          대기 순번 <strong className="text-lg tabular-nums">{formatCount(place.position)}번</strong>
        </span>
        <span className="text-stone-600">{formatWait(place.etaSeconds)}</span>
      </p>
      <div
        role="progressbar"
        aria-label="대기 진행률"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`대기 순번 ${formatCount(place.position)}번, ${formatWait(place.etaSeconds)} 남음`}
        className="h-1.5 overflow-hidden rounded-full bg-white"
      >
        <div className="h-full rounded-full bg-brand-500 transition-[width] duration-500" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
