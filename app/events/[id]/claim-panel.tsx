"use client";

import { usePathname, useRouter } from "next/navigation";
import { useCallback, useEffect, useEffectEvent, useRef, useState } from "react";
import { useClaim, type Claimed, type Decision } from "@/app/events/[id]/use-claim";
import { WaitingBox } from "@/app/events/[id]/waiting-box";
import { useCouponView } from "@/components/viewer/viewer";
import { callApi } from "@/lib/api-client";
import { loginHref } from "@/lib/login-link";
import { savePendingIntent, takePendingIntent } from "@/lib/pending-intent";
import { CLIENT_FAILURES } from "@/lib/client-failures";
import { eventPhase, type EventPhase } from "@/lib/coupons/phase";
import type { LiveState } from "@/lib/coupons/state";
import { formatCount, formatCountdown, formatDate } from "@/lib/format";

type Live = Pick<LiveState, "status" | "remaining" | "total" | "startsAt" | "endsAt" | "serverTime">;
type Result = { tone: "success" | "info" | "error"; text: string; login?: boolean };

/**
 * On a follower-only event (follow-gate.tsx): not ready until the viewer's follow state is known;
 * then whether the press must follow first, and `follow`, which does (null, or why it failed),
 * `following` while it is on the way.
 */
export type FollowGate = { ready: false } | { ready: true; needed: boolean; following: boolean; follow: () => Promise<string | null> };
export type ClaimPanelProps = { eventId: number; initial: Live; followGate?: FollowGate };

/** The button's words while the event cannot be claimed. */
const UNOPEN_LABELS: Partial<Record<EventPhase, string>> = { SCHEDULED: "오픈 전이에요", SOLD_OUT: "선착순 마감", CLOSED: "종료된 이벤트", CANCELED: "취소된 이벤트" };

/** Refusals that are news rather than faults; their words are the catalogue's, as the API sent them. */
const INFO_CODES = new Set(["ALREADY_CLAIMED", "NOT_OPEN", "UNAUTHORIZED"]);

/**
 * The claim box: a countdown on the server's clock, the remaining quantity polled from Redis,
 * and 쿠폰 받기, which becomes active at the opening second without a reload. Every answer is
 * announced in the role=status region. The page is cached for everyone: whether this viewer is
 * signed in and already holds the coupon comes after load, and until it has the button stays
 * disabled (busy), so no one claims on a guess. In the opening second the claim may wait in
 * line (use-claim.ts): the button's place then shows the position (waiting-box.tsx). On a
 * follower-only event a non-follower's press follows first (`followGate`, 팔로우하고 쿠폰 받기).
 */
export function ClaimPanel({ eventId, initial, followGate }: ClaimPanelProps) {
  const router = useRouter();
  const pathname = usePathname();
  const viewer = useCouponView(eventId);
  const held = viewer.ready ? viewer.coupon : null;
  const [claimed, setClaimed] = useState<Claimed | null>(null);
  const [answered, setAnswered] = useState<Result | null>(null);
  const mine = claimed ?? held;
  // The opening second's announcement says the least: any answer, or a coupon already held, comes first.
  const [openedNews, setOpenedNews] = useState<Result | null>(null);
  const result = answered ?? (held ? { tone: "info" as const, text: CLIENT_FAILURES.ALREADY_CLAIMED.message } : null) ?? openedNews;
  const { now, live, adjust } = useLiveEvent(eventId, initial);
  const { place, notice, pending, start } = useClaim(eventId, viewer.ready && viewer.signedIn && !held, decide);

  const msToOpen = live.startsAt - now;
  // The last poll's status moved on by the ticking clock: the button opens at the opening second.
  const status = eventPhase({ now, startsAt: live.startsAt, endsAt: live.endsAt, closed: live.status === "CLOSED" || live.status === "CANCELED", canceled: live.status === "CANCELED", remaining: live.remaining });
  const signedIn = viewer.ready && viewer.signedIn;
  const gateReady = followGate?.ready ?? true;
  const followFirst = followGate?.ready === true && followGate.needed;
  const following = followGate?.ready === true && followGate.following;
  // The opening second is announced (role=status below) to whoever is watching the countdown.
  const opened = useRef(status);
  useEffect(() => {
    if (opened.current === "SCHEDULED" && status === "OPEN") setOpenedNews({ tone: "info", text: "쿠폰 받기가 열렸어요. 지금 받을 수 있어요." });
    opened.current = status;
  }, [status]);
  /** The press as its button said: follow first where it must (팔로우하고 쿠폰 받기), then claim; why a follow failed, or null. */
  async function followThenClaim(): Promise<string | null> {
    const failure = followGate?.ready && followGate.needed ? await followGate.follow() : null;
    if (!failure) start();
    return failure;
  }
  const showFailure = (failure: string | null) => failure && setAnswered({ tone: "error", text: failure });
  const finishPress = useEffectEvent(() => void followThenClaim().then(showFailure));
  // Back from the login this panel sent the visitor to: the press they made is finished here,
  // once (the intent is this tab's own, lib/pending-intent.ts), while the event is still open,
  // and once the follow state is known (a follower-only press may follow first).
  useEffect(() => {
    if (!signedIn || held || status !== "OPEN" || !gateReady) return;
    if (takePendingIntent(pathname, ["claim"]) === `claim:${eventId}`) finishPress();
  }, [signedIn, held, status, gateReady, pathname, eventId]);

  function claim() {
    if (!viewer.ready || !gateReady) return;
    if (!viewer.signedIn) {
      setAnswered({ tone: "info", text: "로그인이 필요해요. 로그인하면 이 페이지로 돌아와 바로 받아요.", login: true });
      savePendingIntent(`claim:${eventId}`, pathname);
      router.push(loginHref(pathname, "claim"));
      return;
    }
    setAnswered(null);
    void followThenClaim().then(showFailure);
  }

  function decide(answer: Decision) {
    if (answer.ok) {
      setClaimed(answer.coupon);
      adjust((l) => ({ ...l, remaining: Math.max(0, l.remaining - 1) }));
      setAnswered({ tone: "success", text: `발급 완료! 선착순 ${formatCount(answer.coupon.seq)}번째 쿠폰이 내 쿠폰함에 들어갔어요.` });
      return;
    }
    setAnswered({ tone: INFO_CODES.has(answer.code) ? "info" : "error", text: answer.message, login: answer.code === "UNAUTHORIZED" });
    if (answer.code === "SOLD_OUT") adjust((l) => ({ ...l, status: "SOLD_OUT", remaining: 0 }));
  }

  const disabled = !viewer.ready || !gateReady || following || pending || mine !== null || status !== "OPEN";
  const label = mine ? "받은 쿠폰이에요" : (UNOPEN_LABELS[status] ?? (following ? "팔로우하는 중…" : pending ? "받는 중…" : followFirst ? "팔로우하고 쿠폰 받기" : "쿠폰 받기"));
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
      {place ? (
        <WaitingBox place={place} />
      ) : (
        <button
          type="button"
          onClick={claim}
          disabled={disabled}
          aria-busy={!viewer.ready || !gateReady || undefined}
          className="mt-6 h-14 w-full rounded-2xl bg-brand-500 text-lg font-bold text-white transition hover:bg-brand-600 disabled:cursor-not-allowed disabled:bg-stone-200 disabled:text-stone-500"
        >
          {label}
        </button>
      )}
      {/* Two lines kept free: a held coupon's notice arrives after load and moves nothing. */}
      <div role="status" className="mt-4 min-h-12 text-center text-sm">
        {notice && <p className="text-stone-700">{notice}</p>}
        {result && (
          <p className={result.tone === "success" ? "font-semibold text-emerald-700" : result.tone === "error" ? "font-semibold text-red-600" : "text-stone-700"}>
            {result.text}
            {result.login && (
              <>
                {" "}
                <a href={loginHref(pathname, "claim")} className="underline">
                  로그인하기
                </a>
              </>
            )}
          </p>
        )}
        {mine && (
          <p className="mt-1 text-stone-500">
            {formatDate(new Date(mine.expiresAt))}까지 쓸 수 있어요 ·{" "}
            <a href="/mypage/coupons" className="underline">
              내 쿠폰 보기
            </a>
          </p>
        )}
      </div>
    </section>
  );
}

/**
 * The event's live state, polled: every second near and during the event, less otherwise; and
 * the server's "now", ticking locally, so a wrong clock on the visitor's phone does not open the
 * button early or late. Every answer bounds the offset to the visitor's clock from below: its
 * serverTime was read before it arrived, so the server's clock then showed at least that. The
 * highest bound is kept. A copy from a cache (the page, or a live answer a balancer kept for a
 * second) only bounds lower, so it cannot move the clock ahead: the button may open a return
 * trip's latency late, never early. Such a copy may also be older than what is shown: only an
 * answer read after it is shown, so counts never step back.
 */
function useLiveEvent(eventId: number, initial: Live) {
  const offset = useRef(Number.NEGATIVE_INFINITY);
  /** When (on the server's clock) the state shown was read, or changed by this page. */
  const shownAt = useRef(initial.serverTime);
  const [live, setLive] = useState(initial);
  const [now, setNow] = useState(initial.serverTime);

  /** A change this page learned first (its own claim): answers read before it no longer apply. */
  const adjust = useCallback((change: (l: Live) => Live) => {
    shownAt.current = Math.max(shownAt.current, Date.now() + offset.current);
    setLive(change);
  }, []);

  useEffect(() => {
    offset.current = Math.max(offset.current, initial.serverTime - Date.now());
    const tick = setInterval(() => setNow(Date.now() + offset.current), 200);
    return () => clearInterval(tick);
  }, [initial.serverTime]);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    async function poll() {
      const answer = await callApi<Live>("GET", `/api/coupon-events/${eventId}?live=1`);
      const received = Date.now();
      if (stopped) return;
      let delay = 5_000;
      if (answer.ok) {
        offset.current = Math.max(offset.current, answer.data.serverTime - received);
        if (answer.data.serverTime > shownAt.current) {
          shownAt.current = answer.data.serverTime;
          setLive(answer.data);
        }
        const toOpen = answer.data.startsAt - (Date.now() + offset.current);
        delay = answer.data.status === "OPEN" || (answer.data.status === "SCHEDULED" && toOpen < 60_000) ? 1_000 : answer.data.status === "SCHEDULED" ? 5_000 : 15_000;
      }
      timer = setTimeout(poll, delay);
    }
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [eventId]);

  return { now, live, adjust };
}
