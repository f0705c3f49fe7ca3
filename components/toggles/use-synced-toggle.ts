"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useRef, useState } from "react";
import { toast } from "@/components/toaster";
import { callApi } from "@/lib/api-client";
import { savePendingIntent, type Intent } from "@/lib/pending-intent";

type ToggleState = { on: boolean; count: number };

type Options = {
  initial: ToggleState;
  signedIn: boolean;
  /** The PUT (on) / DELETE (off) endpoint. */
  url: string;
  /** Reads the server's answer, e.g. {liked, likeCount} → {on, count}. */
  read: (data: unknown) => ToggleState;
  /** The click, kept through login (lib/pending-intent.ts), e.g. like:12. */
  intent: Intent;
  /** Re-render the page's server parts after a change (e.g. counts in 마이페이지 tabs). */
  refreshAfter?: boolean;
};

/**
 * A toggle that feels instant and stays right:
 * - the click shows at once (optimistic), the server's answer then sets the exact count;
 * - clicks while a request is in flight are not sent in parallel (two instances could apply
 *   them out of order) but remembered: when the request returns, the latest wish is sent;
 * - a failure rolls back to what the server last confirmed, with a Korean toast;
 * - not signed in: the click is saved in this tab, then off to /login and back to this page,
 *   where PendingIntent completes it.
 */
export function useSyncedToggle({ initial, signedIn, url, read, intent, refreshAfter = false }: Options) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [shown, setShown] = useState(initial);
  const confirmed = useRef(initial);
  const wanted = useRef(initial.on);
  const busy = useRef(false);

  async function sync() {
    if (busy.current) return;
    busy.current = true;
    try {
      while (wanted.current !== confirmed.current.on) {
        const on = wanted.current;
        const result = await callApi(on ? "PUT" : "DELETE", url);
        if (!result.ok) {
          wanted.current = confirmed.current.on;
          setShown(confirmed.current);
          toast.error(result.status === 401 ? "로그인이 필요해요." : result.message);
          return;
        }
        confirmed.current = read(result.data);
        if (wanted.current === confirmed.current.on) {
          setShown(confirmed.current);
          if (refreshAfter) router.refresh();
        }
      }
    } finally {
      busy.current = false;
    }
  }

  function toggle() {
    if (!signedIn) {
      savePendingIntent(intent, pathname);
      const query = searchParams.toString();
      router.push(`/login?callbackUrl=${encodeURIComponent(query ? `${pathname}?${query}` : pathname)}`);
      return;
    }
    wanted.current = !wanted.current;
    const delta = Number(wanted.current) - Number(confirmed.current.on);
    setShown({ on: wanted.current, count: Math.max(0, confirmed.current.count + delta) });
    void sync();
  }

  return { shown, toggle };
}
