"use client";

import { BellIcon } from "@/components/icons/bell";
import { useCountdown } from "@/components/forms/use-countdown";
import { useSyncedToggle } from "@/components/toggles/use-synced-toggle";

type Props = { eventId: number; startsAt: string; leadSeconds: number; lead: string };

/**
 * 오픈 알림 받기 (aria-pressed): a mail `lead` before the event opens. The page is cached for
 * everyone, so whether this viewer asked comes after load (busy until then, like 찜); signed
 * out, the click goes to login and is finished on return. Once the reminder moment has passed,
 * a viewer who has not asked is told it opens soon instead of being offered a mail that could
 * not arrive in time (the API says the same: REMINDER_TOO_LATE).
 */
export function ReminderButton({ eventId, startsAt, leadSeconds, lead }: Props) {
  const { view, shown, buttonProps } = useSyncedToggle({ kind: "reminder", id: eventId, pageCount: 0 });
  const tooLate = useCountdown(Date.parse(startsAt) - leadSeconds * 1000) === 0;
  // A cached page rendered before the opening may still carry this section: gone once it opened.
  const opened = useCountdown(Date.parse(startsAt)) === 0;
  const note = shown.on ? `신청했어요. 오픈 ${lead} 전에 메일로 알려 드려요.` : tooLate ? "곧 열려요! 오픈 시각에 이 페이지에서 쿠폰을 받아 주세요." : `오픈 ${lead} 전에 메일로 알려 드려요.`;
  if (opened) return null;
  return (
    <section aria-labelledby="reminder-title" className="mt-6 flex flex-wrap items-center justify-between gap-3 rounded-2xl border border-stone-200 px-5 py-4">
      <div className="min-w-0">
        <h2 id="reminder-title" className="font-semibold">
          오픈 알림
        </h2>
        <p className={`mt-0.5 text-sm text-stone-600 ${view.ready ? "" : "invisible"}`}>{note}</p>
      </div>
      {(!tooLate || shown.on) && (
        <button
          type="button"
          {...buttonProps}
          className={`inline-flex shrink-0 items-center gap-1.5 rounded-full border px-4 py-2 text-sm font-semibold transition aria-busy:cursor-progress ${
            shown.on ? "border-brand-300 bg-brand-50 text-brand-700 hover:bg-brand-100" : "border-stone-300 bg-white text-stone-800 hover:bg-stone-50"
          }`}
        >
          <BellIcon filled={shown.on} className="size-4" />
          오픈 알림 받기
        </button>
      )}
    </section>
  );
}
