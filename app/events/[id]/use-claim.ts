"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { callApi } from "@/lib/api-client";
import { CLIENT_FAILURES } from "@/lib/client-failures";
import { formatCount, formatWait } from "@/lib/format";

export type Claimed = { seq: number; expiresAt: string };
/** Where this member stands: `first` is the first position seen, so progress runs from it to 0. */
export type Place = { position: number; etaSeconds: number; first: number };
export type Decision = { ok: true; coupon: Claimed } | { ok: false; code: string; message: string };

type Answer = { coupon: Claimed } | { status: "QUEUED"; position: number; etaSeconds: number; ticket: number };

/** The line moves this much, or this long passes, before the status region speaks again. */
const ANNOUNCE_PROGRESS_STEP = 0.1;
const ANNOUNCE_INTERVAL_MS = 10_000;
/** No answer at all: ask again after 2, 4, 8 … s, at most 30 s (the server keeps the place 30 s). */
const BACKOFF_MAX_MS = 30_000;
/** Status codes that say "not now", not "no": a balancer or instance in trouble. */
const TRANSIENT = new Set([0, 502, 503, 504]);

const storageKey = (eventId: number) => `claim-waiting:${eventId}`;

/** The first position this tab saw for the event, or 0 when pressed but not yet placed; null: not pressed. */
function remembered(eventId: number): number | null {
  try {
    const value = sessionStorage.getItem(storageKey(eventId));
    return value === null ? null : Number(value) || 0;
  } catch {
    return null; // Storage refused (private mode, quota): the place is still kept by the server.
  }
}

function remember(eventId: number, first: number | null): void {
  try {
    if (first === null) sessionStorage.removeItem(storageKey(eventId));
    else sessionStorage.setItem(storageKey(eventId), String(first));
  } catch {
    // As above: only a reload's resume is lost.
  }
}

export const progressOf = (place: Place) => (place.first <= 0 ? 0 : Math.min(1, Math.max(0, (place.first - place.position) / place.first)));

/**
 * 쿠폰 받기 through the waiting room: the POST, and while it answers 202 the same POST again
 * after its Retry-After (never sooner), until decided. The press is remembered for the tab
 * (sessionStorage), so a reload resumes asking: the server keeps the member's place. `notice` is
 * what the role=status region says: when queued, then only when the line moved ≥10 % or 10 s
 * passed, and once when the connection drops; the visible box follows every answer.
 */
export function useClaim(eventId: number, canResume: boolean, onDecided: (decision: Decision) => void) {
  const [place, setPlace] = useState<Place | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const session = useRef<{ stopped: boolean; timer?: ReturnType<typeof setTimeout> } | null>(null);
  const decided = useRef(onDecided);
  useEffect(() => {
    decided.current = onDecided;
  });

  const stop = useCallback(() => {
    if (session.current) {
      session.current.stopped = true;
      clearTimeout(session.current.timer);
      session.current = null;
    }
  }, []);

  const start = useCallback(() => {
    if (session.current) return;
    const run: { stopped: boolean; timer?: ReturnType<typeof setTimeout> } = { stopped: false };
    session.current = run;
    let first = remembered(eventId) ?? 0;
    let spoken = { progress: -1, at: 0, position: -1 };
    let failures = 0;
    remember(eventId, first);
    setPending(true);

    const attempt = async () => {
      const answer = await callApi<Answer>("POST", `/api/coupon-events/${eventId}/claim`);
      if (run.stopped) return;
      if (answer.ok && "status" in answer.data && answer.data.status === "QUEUED") {
        failures = 0;
        const { position, etaSeconds } = answer.data;
        if (first < position) {
          first = position;
          remember(eventId, first);
        }
        const next = { position, etaSeconds, first };
        setPlace(next);
        const progress = progressOf(next);
        const now = Date.now();
        if (spoken.progress < 0 || (position !== spoken.position && (progress - spoken.progress >= ANNOUNCE_PROGRESS_STEP || now - spoken.at >= ANNOUNCE_INTERVAL_MS))) {
          spoken = { progress, at: now, position };
          setNotice(`대기 중이에요. 대기 순번 ${formatCount(position)}번, ${formatWait(etaSeconds)} 남았어요.`);
        }
        // A 202 without Retry-After is not ours to hurry: wait as long as the shortest the server asks.
        run.timer = setTimeout(attempt, (answer.retryAfter ?? 1) * 1000);
        return;
      }
      if (!answer.ok && TRANSIENT.has(answer.status)) {
        failures += 1;
        if (failures === 1) setNotice("연결이 불안정해요. 순번은 그대로 두고 다시 연결하는 중이에요.");
        const backoff = Math.min(BACKOFF_MAX_MS, 1000 * 2 ** failures);
        run.timer = setTimeout(attempt, Math.max(backoff, (answer.retryAfter ?? 0) * 1000));
        return;
      }
      session.current = null;
      remember(eventId, null);
      setPlace(null);
      setNotice(null);
      setPending(false);
      if (!answer.ok) decided.current({ ok: false, code: answer.code, message: answer.message });
      else if ("coupon" in answer.data) decided.current({ ok: true, coupon: answer.data.coupon });
      else decided.current({ ok: false, code: "UNKNOWN", message: CLIENT_FAILURES.SERVICE_UNAVAILABLE.message });
    };
    void attempt();
  }, [eventId]);

  // After a reload: a press this tab made and never saw decided is asked again, once the viewer
  // is known to be signed in and not holding the coupon.
  useEffect(() => {
    if (!canResume) return;
    if (remembered(eventId) !== null) start();
  }, [canResume, eventId, start]);

  useEffect(() => stop, [stop]);

  return { place, notice, pending, start };
}
