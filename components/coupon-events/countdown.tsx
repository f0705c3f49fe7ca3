"use client";

import { useSyncExternalStore } from "react";
import { formatCountdown } from "@/lib/format";

/** The visitor's clock in whole seconds, shared by every countdown on the page. */
function subscribe(onTick: () => void) {
  const timer = setInterval(onTick, 250);
  return () => clearInterval(timer);
}
const currentSecond = () => Math.floor(Date.now() / 1000) * 1000;
/** No clock while rendering on the server: the page is cached for everyone, so its time would be stale. */
const noClock = () => null;

/**
 * "02:13:45" until `until` (epoch ms), ticking every second. The server's rendering and the
 * first paint show dashes, so hydration never disagrees with a cached page's time.
 */
export function Countdown({ until, className = "" }: { until: number; className?: string }) {
  const now = useSyncExternalStore(subscribe, currentSecond, noClock);
  return (
    <span role="timer" aria-live="off" className={`tabular-nums ${className}`}>
      {now === null ? "--:--:--" : formatCountdown(until - now)}
    </span>
  );
}
