"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { toast } from "@/components/toaster";
import { TOGGLES, type ToggleKind } from "@/components/toggles/actions";
import { useToggleView, useViewerStore } from "@/components/viewer/viewer";
import { callApi } from "@/lib/api-client";
import { loginHref } from "@/lib/login-link";
import { savePendingIntent } from "@/lib/pending-intent";

type Options = {
  kind: ToggleKind;
  id: number;
  /** The count the page was rendered with: a cached page's may lag until a toggle answers. */
  pageCount: number;
  /** Re-render the page's server parts after a change (e.g. counts in 마이페이지 tabs). */
  refreshAfter?: boolean;
};

/**
 * A toggle that feels instant and stays right:
 * - its state is the viewer's (components/viewer): until that has arrived it is not `ready`,
 *   and a click does nothing, so no one acts on a state that may be wrong;
 * - the click shows at once (optimistic), the server's answer then sets the exact count, for
 *   every part of the page that shows the same product or atelier;
 * - clicks while a request is in flight are not sent in parallel (two instances could apply
 *   them out of order) but remembered: when the request returns, the latest wish is sent;
 * - a failure rolls back to what the server last confirmed, with a Korean toast;
 * - not signed in: the click is saved in this tab, then off to /login and back to this page,
 *   where PendingIntent completes it.
 */
export function useSyncedToggle({ kind, id, pageCount, refreshAfter = false }: Options) {
  const router = useRouter();
  const store = useViewerStore();
  const view = useToggleView(kind, id);
  /** The click being shown before the server confirmed it; null when there is none. */
  const [wish, setWish] = useState<boolean | null>(null);
  const wanted = useRef(false);
  const busy = useRef(false);

  const confirmed = view.ready ? { on: view.entry.on, count: view.entry.count ?? pageCount } : { on: false, count: pageCount };
  const shown = wish === null || wish === confirmed.on ? confirmed : { on: wish, count: Math.max(0, confirmed.count + (wish ? 1 : -1)) };

  /** What the server last said, read from the store: it may have moved while a request was out. */
  const serverOn = () => store.toggle(kind, id)?.on ?? false;

  async function sync() {
    if (busy.current) return;
    busy.current = true;
    let changed = false;
    try {
      while (wanted.current !== serverOn()) {
        const result = await callApi(wanted.current ? "PUT" : "DELETE", TOGGLES[kind].url(id));
        if (!result.ok) {
          wanted.current = serverOn();
          toast.error(result.status === 401 ? "로그인이 필요해요." : result.message);
          break;
        }
        store.record(kind, id, TOGGLES[kind].read(result.data));
        changed = true;
      }
      setWish(null);
      if (changed && refreshAfter) router.refresh();
    } finally {
      busy.current = false;
    }
  }

  function toggle() {
    if (!view.ready) return;
    if (!view.signedIn) {
      const { pathname, search } = window.location;
      savePendingIntent(`${kind}:${id}`, pathname);
      router.push(loginHref(pathname + search, kind));
      return;
    }
    wanted.current = !shown.on;
    setWish(wanted.current);
    void sync();
  }

  // One rule for every toggle button: pressed once the viewer is known, busy and inert before.
  const buttonProps = {
    "aria-pressed": view.ready ? shown.on : undefined,
    "aria-busy": !view.ready || undefined,
    "aria-disabled": !view.ready || undefined,
    onClick: toggle,
  };
  return { view, shown, buttonProps };
}
