// When advertising mail waits (정보통신망법 §50: none 21:00–08:00 without separate consent, which
// we do not ask for). Pure: read by lib/env.ts (ADVERTISING_QUIET_HOURS) and by
// lib/mail/advertising.ts, which holds a mail until the window ends.

/** A window of whole hours in Korea time, from `from`:00 until `until`:00, across midnight when from > until. */
export type QuietHours = { from: number; until: number };

/** What the law asks: 21:00–08:00 KST. A deployment may hold mail longer, never shorter. */
export const LEGAL_QUIET_HOURS: QuietHours = { from: 21, until: 8 };

const KST_OFFSET_MS = 9 * 3600_000; // Korea keeps no daylight saving time.

function contains(window: QuietHours, hour: number): boolean {
  return window.from < window.until ? hour >= window.from && hour < window.until : hour >= window.from || hour < window.until;
}

/** The next `until`:00 KST when `now` falls inside the window (when a held mail may go), else null. */
export function quietHoursEnd(now: Date, window: QuietHours = LEGAL_QUIET_HOURS): Date | null {
  const kst = new Date(now.getTime() + KST_OFFSET_MS);
  const hour = kst.getUTCHours();
  if (!contains(window, hour)) return null;
  const day = kst.getUTCDate() + (hour >= window.until ? 1 : 0);
  return new Date(Date.UTC(kst.getUTCFullYear(), kst.getUTCMonth(), day, window.until) - KST_OFFSET_MS);
}

/** Every hour the law keeps quiet is quiet in `window` too. */
export function coversLegalHours(window: QuietHours): boolean {
  return Array.from({ length: 24 }, (_, hour) => hour).every((hour) => !contains(LEGAL_QUIET_HOURS, hour) || contains(window, hour));
}

/**
 * ADVERTISING_QUIET_HOURS: `on` (the law's 21–08), `off` (none: only where mail reaches nobody),
 * or a window of KST hours `from-until` such as `20-09`. Null for off, undefined for anything else.
 */
export function parseQuietHours(value: string): QuietHours | null | undefined {
  if (value === "on") return LEGAL_QUIET_HOURS;
  if (value === "off") return null;
  const match = /^(\d{1,2})-(\d{1,2})$/.exec(value);
  if (!match) return undefined;
  const [from, until] = [Number(match[1]), Number(match[2])];
  return from < 24 && until < 24 && from !== until ? { from, until } : undefined;
}
