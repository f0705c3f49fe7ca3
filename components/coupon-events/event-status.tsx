import type { EventPhase } from "@/lib/coupons/phase";

const LOOK: Record<EventPhase, { label: string; className: string }> = {
  SCHEDULED: { label: "예정", className: "bg-sky-50 text-sky-700 ring-sky-200" },
  OPEN: { label: "진행 중", className: "bg-emerald-50 text-emerald-700 ring-emerald-200" },
  SOLD_OUT: { label: "매진", className: "bg-brand-50 text-brand-700 ring-brand-200" },
  CLOSED: { label: "종료", className: "bg-stone-100 text-stone-600 ring-stone-200" },
  CANCELED: { label: "취소", className: "bg-red-50 text-red-700 ring-red-200" },
};

/** A phase's Korean name, as the badge and the console's filter print it. */
export const phaseName = (phase: EventPhase) => LOOK[phase].label;

export function StatusBadge({ status }: { status: EventPhase }) {
  const look = LOOK[status];
  return (
    <span className={`inline-flex shrink-0 items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${look.className}`}>
      {status === "OPEN" && <span aria-hidden="true" className="size-1.5 animate-pulse rounded-full bg-emerald-500" />}
      {look.label}
    </span>
  );
}
