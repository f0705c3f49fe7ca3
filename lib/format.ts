// Display helpers shared by server and client components. Pure: no I/O.

const count = new Intl.NumberFormat("ko-KR");
const compact = new Intl.NumberFormat("ko-KR", { notation: "compact", maximumFractionDigits: 1 });

/** 32000 → "32,000원", as Korean shops write prices (not Intl's "₩32,000"): every amount in 원. */
export function formatWon(amount: number): string {
  return `${count.format(amount)}원`;
}

/** 1234 → "1,234" */
export function formatCount(n: number): string {
  return count.format(n);
}

/** 12345 → "1.2만", for small badges where space is tight. */
export function formatCompactCount(n: number): string {
  return n < 10_000 ? count.format(n) : compact.format(n);
}

/** Whole-percent discount from the original price, or null when there is none. */
export function discountPercent(price: number, originalPrice: number | null | undefined): number | null {
  if (!originalPrice || originalPrice <= price) return null;
  return Math.floor(((originalPrice - price) / originalPrice) * 100);
}

const dateFormat = new Intl.DateTimeFormat("ko-KR", { timeZone: "Asia/Seoul", year: "numeric", month: "long", day: "numeric" });
const dateTimeFormat = new Intl.DateTimeFormat("ko-KR", {
  timeZone: "Asia/Seoul",
  month: "long",
  day: "numeric",
  weekday: "short",
  hour: "2-digit",
  minute: "2-digit",
  // 00:09 after midnight, not "24:09": ICU reads hour12:false as the h24 cycle for ko-KR.
  hourCycle: "h23",
});

/** "2026년 11월 24일" in Korea time, whatever the server's zone. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "11월 24일 (화) 14:00" in Korea time. */
export function formatDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}

/** A lead time as people say it: 600 → "10분", 3600 → "1시간", 5 → "5초". */
export function formatLead(seconds: number): string {
  if (seconds >= 3600 && seconds % 3600 === 0) return `${seconds / 3600}시간`;
  if (seconds >= 60) return `${Math.round(seconds / 60)}분`;
  return `${seconds}초`;
}

/** A wait in seconds, rounded as a person says it: 8 → "약 8초", 90 → "약 1분 30초", 600 → "약 10분". */
export function formatWait(seconds: number): string {
  const s = Math.max(1, Math.round(seconds));
  if (s < 60) return `약 ${s}초`;
  const m = Math.floor(s / 60);
  const rest = s % 60;
  return rest === 0 || m >= 10 ? `약 ${formatCount(m)}분` : `약 ${m}분 ${rest}초`;
}

/** Time left until an instant: "02:13:45", "3일 02:13:45" past a day; never below zero. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const d = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const hms = [h, m, s].map((n) => String(n).padStart(2, "0")).join(":");
  return d > 0 ? `${d}일 ${hms}` : hms;
}
