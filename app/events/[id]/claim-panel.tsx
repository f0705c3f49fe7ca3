"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { callApi } from "@/lib/api-client";
import { eventPhase } from "@/lib/coupons/phase";
import type { LiveState } from "@/lib/coupons/state";
import { messageOf } from "@/lib/errors";
import { formatCount, formatDate } from "@/lib/format";

type Live = Pick<LiveState, "status" | "remaining" | "total" | "startsAt" | "endsAt" | "serverTime">;
type Claimed = { seq: number; expiresAt: string };
type Result = { tone: "success" | "info" | "error"; text: string; login?: boolean };

/** Refusals that are news rather than faults; their words are the catalogue's, as the API sent them. */
const INFO_CODES = new Set(["ALREADY_CLAIMED", "NOT_OPEN", "UNAUTHORIZED"]);

/**
 * The claim box: a countdown on the server's clock, the remaining quantity polled from Redis,
 * and 쿠폰 받기, which becomes active at the opening second without a reload. Every answer is
 * announced in the role=status region.
 */
export function ClaimPanel({ eventId, signedIn, initial, claimed }: { eventId: number; signedIn: boolean; initial: Live; claimed: Claimed | null }) {
  const router = useRouter();
  const pathname = usePathname();
  const [live, setLive] = useState(initial);
  const [mine, setMine] = useState(claimed);
  const [result, setResult] = useState<Result | null>(claimed ? { tone: "info", text: messageOf("ALREADY_CLAIMED") } : null);
  const [pending, setPending] = useState(false);
  const now = useServerClock(eventId, initial, setLive);

  const msToOpen = live.startsAt - now;
  // The last poll's status moved on by the ticking clock: the button opens at the opening second.
  const status = eventPhase({ now, startsAt: live.startsAt, endsAt: live.endsAt, closed: live.status === "CLOSED", remaining: live.remaining });

  async function claim() {
    if (!signedIn) {
      setResult({ tone: "info", text: "로그인이 필요해요. 로그인하면 이 페이지로 돌아와요.", login: true });
      router.push(`/login?callbackUrl=${encodeURIComponent(pathname)}`);
      return;
    }
    setPending(true);
    const answer = await callApi<{ coupon: { seq: number; expiresAt: string } }>("POST", `/api/coupon-events/${eventId}/claim`);
    setPending(false);
    if (answer.ok) {
      setMine(answer.data.coupon);
      setLive((l) => ({ ...l, remaining: Math.max(0, l.remaining - 1) }));
      setResult({ tone: "success", text: `발급 완료! 선착순 ${formatCount(answer.data.coupon.seq)}번째 쿠폰이 내 쿠폰함에 들어갔어요.` });
      return;
    }
    setResult({ tone: INFO_CODES.has(answer.code) ? "info" : "error", text: answer.message, login: answer.code === "UNAUTHORIZED" });
    if (answer.code === "SOLD_OUT") setLive((l) => ({ ...l, status: "SOLD_OUT", remaining: 0 }));
  }

  const disabled = pending || mine !== null || status !== "OPEN";
  const label = mine ? "받은 쿠폰이에요" : status === "SCHEDULED" ? "오픈 전이에요" : status === "SOLD_OUT" ? "선착순 마감" : status === "CLOSED" ? "종료된 이벤트" : pending ? "받는 중…" : "쿠폰 받기";
  const taken = live.total - live.remaining;

  return (
    <section aria-labelledby="claim-title" className="mt-8 rounded-2xl border border-stone-200 p-6">
      <h2 id="claim-title" className="sr-only">
        쿠폰 받기
      </h2>
      {status === "SCHEDULED" && (
        <p className="text-center">
          <span className="block text-sm text-stone-500">오픈까지</span>
          <span className="mt-1 block text-4xl font-extrabold tabular-nums tracking-tight" aria-live="off" role="timer">
            {formatCountdown(msToOpen)}
          </span>
        </p>
      )}
      <div className="mt-4">
        <div className="flex items-baseline justify-between text-sm">
          <span className="text-stone-500">남은 수량</span>
          <span>
            <strong className="text-lg tabular-nums">{formatCount(live.remaining)}</strong>
            <span className="text-stone-500"> / {formatCount(live.total)}</span>
          </span>
        </div>
        <div className="mt-2 h-2 overflow-hidden rounded-full bg-stone-100" aria-hidden="true">
          <div className="h-full rounded-full bg-brand-500 transition-[width] duration-500" style={{ width: `${(taken / Math.max(1, live.total)) * 100}%` }} />
        </div>
      </div>
      <button
        type="button"
        onClick={claim}
        disabled={disabled}
        className="mt-6 h-14 w-full rounded-2xl bg-brand-500 text-lg font-bold text-white transition hover:bg-brand-600 disabled:cursor-not-allowed disabled:bg-stone-200 disabled:text-stone-500"
      >
        {label}
      </button>
      <div role="status" className="mt-4 min-h-6 text-center text-sm">
        {result && (
          <p className={result.tone === "success" ? "font-semibold text-emerald-700" : result.tone === "error" ? "font-semibold text-red-600" : "text-stone-700"}>
            {result.text}
            {result.login && (
              <>
                {" "}
                <Link href={`/login?callbackUrl=${encodeURIComponent(pathname)}`} className="underline">
                  로그인하기
                </Link>
              </>
            )}
          </p>
        )}
        {mine && (
          <p className="mt-1 text-stone-500">
            {formatDate(new Date(mine.expiresAt))}까지 쓸 수 있어요 ·{" "}
            <Link href="/mypage/coupons" className="underline">
              내 쿠폰 보기
            </Link>
          </p>
        )}
      </div>
    </section>
  );
}

function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const d = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const hms = [h, m, s].map((n) => String(n).padStart(2, "0")).join(":");
  return d > 0 ? `${d}일 ${hms}` : hms;
}

/**
 * The server's "now", ticking locally. The offset to the visitor's clock is measured on every
 * poll (server time against the request's midpoint, keeping the sample with the shortest round
 * trip), so a wrong clock on the visitor's phone does not open the button early or late.
 * Polls the live state from Redis: every second near and during the event, less otherwise.
 */
function useServerClock(eventId: number, initial: Live, setLive: (l: Live) => void): number {
  // Until the first poll returns, the page's own render time stands in for the server's.
  const best = useRef({ offset: 0, rtt: Number.POSITIVE_INFINITY });
  const [now, setNow] = useState(initial.serverTime);

  useEffect(() => {
    best.current.offset = initial.serverTime - Date.now();
    const tick = setInterval(() => setNow(Date.now() + best.current.offset), 200);
    return () => clearInterval(tick);
  }, [initial.serverTime]);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    async function poll() {
      const sent = Date.now();
      const answer = await callApi<Live>("GET", `/api/coupon-events/${eventId}?live=1`);
      const received = Date.now();
      if (stopped) return;
      let delay = 5_000;
      if (answer.ok) {
        const rtt = received - sent;
        if (rtt <= best.current.rtt) best.current = { offset: answer.data.serverTime - (sent + received) / 2, rtt };
        setLive(answer.data);
        const toOpen = answer.data.startsAt - (Date.now() + best.current.offset);
        delay = answer.data.status === "OPEN" || (answer.data.status === "SCHEDULED" && toOpen < 60_000) ? 1_000 : answer.data.status === "SCHEDULED" ? 5_000 : 15_000;
      }
      timer = setTimeout(poll, delay);
    }
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [eventId, setLive]);

  return now;
}
