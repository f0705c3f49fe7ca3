"use client";

import { useEffect } from "react";
import { useViewerMember, useViewerStore } from "@/components/viewer/viewer";

/**
 * Finishes what a visitor clicked before logging in, once they are back on that page signed
 * in (as this page view's viewer answer says). The intent comes only from this tab's storage
 * (lib/pending-intent.ts), which only our own click writes; nothing in the URL can make a
 * signed-in browser act. The code that finishes it loads only then: it is rarely needed, and
 * every page's first load would carry it otherwise.
 */
export function PendingIntent() {
  const store = useViewerStore();
  const { member, current } = useViewerMember();
  const signedIn = current && member != null;

  useEffect(() => {
    if (!signedIn) return;
    void import("@/components/toggles/finish-pending-toggle").then(({ finishPendingToggle }) => finishPendingToggle(store));
  }, [signedIn, store]);

  return null;
}
