"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { callApi } from "@/lib/api-client";
import { EVENT_CONSOLES, type EventConsole } from "@/lib/coupons/consoles";
import type { LiveSnapshot } from "@/lib/coupons/live";
import { formatCount, formatWon } from "@/lib/format";

const FAST_MS = 1_000;
const SLOW_MS = 5_000;

const rate = new Intl.NumberFormat("ko-KR", { maximumFractionDigits: 1 });
const clock = new Intl.DateTimeFormat("ko-KR", { timeZone: "Asia/Seoul", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
const stamp = new Intl.DateTimeFormat("ko-KR", { timeZone: "Asia/Seoul", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });

/** "0.8초" under ten seconds (flash sales are that fast), else "3분 12초", "1일 2시간 5분". */
function formatDuration(ms: number): string {
  if (ms < 10_000) return `${(Math.max(0, ms) / 1000).toFixed(1)}초`;
  const s = Math.round(ms / 1000);
  const parts: [number, string][] = [
    [Math.floor(s / 86_400), "일"],
    [Math.floor((s % 86_400) / 3600), "시간"],
    [Math.floor((s % 3600) / 60), "분"],
    [s % 60, "초"],
  ];
  return parts
    .filter(([n]) => n > 0)
    .map(([n, unit]) => `${n}${unit}`)
    .join(" ");
}

type Live = NonNullable<LiveSnapshot["live"]>;

const STATUS_NEWS: Partial<Record<Live["status"], string>> = {
  OPEN: "이벤트가 열렸어요.",
  SOLD_OUT: "선착순 마감: 쿠폰이 모두 발급됐어요.",
  CLOSED: "이벤트가 종료됐어요.",
};

/** The quarter of the coupons issued so far (0–4): the live region speaks when it moves. */
const quarterOf = (live: Live | null) => (live ? Math.floor((4 * live.issued) / Math.max(1, live.total)) : 0);

/**
 * What the status region says after a poll: a change of status, or each further quarter issued
 * — not the numbers every second, which would leave a screen-reader user hearing nothing else.
 */
function newsOf(before: Live | null, after: Live | null): string | null {
  if (!after) return null;
  if (after.status !== before?.status) return STATUS_NEWS[after.status] ?? null;
  const quarter = quarterOf(after);
  return quarter > quarterOf(before) && quarter < 4 ? `${quarter * 25}% 발급됐어요 (${formatCount(after.issued)}장).` : null;
}

/**
 * A console's live view and report (the marketer's and an owner's alike), both from /live: polled every second while the event is
 * scheduled or open, every five otherwise. When the status changes the page is refreshed, so the
 * server-rendered parts (badge, edit form, close button) follow without a reload.
 */
export function LivePanel({ kind, eventId, initial }: { kind: EventConsole; eventId: number; initial: LiveSnapshot }) {
  const api = `${EVENT_CONSOLES[kind].api}/${eventId}`;
  const router = useRouter();
  const [snap, setSnap] = useState(initial);
  const [stale, setStale] = useState(false);
  const [news, setNews] = useState("");
  const status = useRef(initial.live?.status);
  const last = useRef(initial.live ?? null);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const delay = () => (status.current === "SCHEDULED" || status.current === "OPEN" ? FAST_MS : SLOW_MS);
    async function poll() {
      // A hidden tab skips its turn: nobody is watching, and a big launch is busy enough.
      if (document.visibilityState === "visible") {
        const answer = await callApi<LiveSnapshot>("GET", `${api}/live`);
        if (stopped) return;
        setStale(!answer.ok);
        if (answer.ok) {
          setSnap(answer.data);
          const said = newsOf(last.current, answer.data.live ?? null);
          last.current = answer.data.live ?? null;
          if (said) setNews(said);
          if (answer.data.live && answer.data.live.status !== status.current) {
            status.current = answer.data.live.status;
            router.refresh();
          }
        }
      }
      timer = setTimeout(poll, delay());
    }
    // The page rendered a fresh snapshot, so the first poll waits one interval.
    timer = setTimeout(poll, delay());
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [api, router]);

  const { live, report } = snap;
  const updatedAt = live?.serverTime ?? null;
  const share = live ? Math.min(100, (live.issued / Math.max(1, live.total)) * 100) : 0;
  const fast = live?.status === "SCHEDULED" || live?.status === "OPEN";
  return (
    <>
      <section aria-labelledby="live-title" className="rounded-2xl border border-stone-200 p-5">
        <div className="flex items-center justify-between gap-3">
          <h2 id="live-title" className="text-lg font-bold">
            실시간 현황
          </h2>
          <p className={`flex items-center gap-1.5 text-xs tabular-nums ${stale ? "text-red-600" : "text-stone-500"}`}>
            {fast && !stale && <span aria-hidden="true" className="size-1.5 animate-pulse rounded-full bg-emerald-500" />}
            {stale ? "연결이 불안정해요 · 다시 시도 중" : updatedAt ? `${clock.format(updatedAt)} 기준` : null}
          </p>
        </div>
        <p role="status" className="sr-only">
          {news}
        </p>
        <div className="mt-4">
          <dl className="grid grid-cols-2 gap-4">
            <div>
              <dt className="text-sm text-stone-500">발급</dt>
              <dd className="mt-1 text-2xl font-extrabold tracking-tight tabular-nums sm:text-4xl">{live ? formatCount(live.issued) : "—"}</dd>
              <dd className="text-xs text-stone-500 tabular-nums">총 {formatCount(report.total)}장 중</dd>
            </div>
            <div>
              <dt className="text-sm text-stone-500">남은 수량</dt>
              <dd className="mt-1 text-2xl font-extrabold tracking-tight text-brand-600 tabular-nums sm:text-4xl">{live ? formatCount(live.remaining) : "—"}</dd>
              <dd className="text-xs text-stone-500 tabular-nums">{Math.round(share)}% 발급됨</dd>
            </div>
          </dl>
          <div
            role="progressbar"
            aria-label="발급 진행률"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(share)}
            className="mt-4 h-2.5 overflow-hidden rounded-full bg-stone-100"
          >
            <div className="h-full rounded-full bg-brand-500 transition-[width] duration-500" style={{ width: `${share}%` }} />
          </div>
          <dl className="mt-5 grid grid-cols-2 gap-3 sm:grid-cols-3">
            <Stat label="초당 요청" value={`${rate.format(snap.attemptsPerSecond)}회`} />
            <Stat label="초당 발급" value={`${rate.format(snap.issuedPerSecond)}장`} />
            <Stat label="마감 시각" value={live?.soldOutAt ? stamp.format(live.soldOutAt) : "—"} wide />
          </dl>
        </div>
      </section>

      <section aria-labelledby="report-title" className="rounded-2xl border border-stone-200 p-5">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="report-title" className="text-lg font-bold">
            결과 리포트
          </h2>
          <a href={`${api}/coupons.csv`} download className="rounded-full border border-stone-300 px-4 py-2 text-sm font-semibold hover:bg-stone-50">
            발급 쿠폰 CSV 내려받기
          </a>
        </div>
        <p className="mt-1 text-xs text-stone-500">저장된 발급 기록 기준이에요. CSV에는 개인정보가 들어가지 않아요.</p>
        <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3">
          <Stat label="발급 수" value={`${formatCount(report.issued)}장`} />
          <Stat label="고유 참여자 수" value={`${formatCount(report.claimants)}명`} />
          <Stat
            label="매진까지 걸린 시간"
            value={report.sellOutMs !== null ? formatDuration(report.sellOutMs) : live?.status === "CLOSED" ? "매진 안 됨" : "매진 전"}
            wide
          />
          <Stat label="사용 수 (사용률)" value={`${formatCount(report.redeemed)}장 (${report.issued ? Math.round((report.redeemed / report.issued) * 1000) / 10 : 0}%)`} />
          <Stat label="할인 금액" value={formatWon(report.discountSpent)} />
          <Stat label="쿠폰 주문 매출" value={formatWon(report.orderRevenue)} wide />
        </dl>
      </section>
    </>
  );
}

function Stat({ label, value, wide }: { label: string; value: string; wide?: boolean }) {
  return (
    <div className={`rounded-xl bg-stone-50 px-4 py-3 ${wide ? "col-span-2 sm:col-span-1" : ""}`}>
      <dt className="text-xs text-stone-500">{label}</dt>
      <dd className="mt-1 text-lg font-bold tabular-nums">{value}</dd>
    </div>
  );
}
