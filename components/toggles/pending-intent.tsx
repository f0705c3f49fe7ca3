"use client";

import { useEffect } from "react";
import { toast } from "@/components/toaster";
import { TOGGLES } from "@/components/toggles/actions";
import { useViewerMember, useViewerStore } from "@/components/viewer/viewer";
import { callApi } from "@/lib/api-client";
import { takePendingIntent } from "@/lib/pending-intent";

/**
 * Finishes what a visitor clicked before logging in, once they are back on that page signed
 * in (as this page view's viewer answer says). The intent comes only from this tab's storage
 * (lib/pending-intent.ts), which only our own click writes; nothing in the URL can make a
 * signed-in browser act. The server's answer goes to the viewer's state, so the toggle shows it.
 */
/** The intents finished here; the event page's claim finishes its own. */
const TOGGLE_KINDS = Object.keys(TOGGLES) as (keyof typeof TOGGLES)[];

export function PendingIntent() {
  const store = useViewerStore();
  const { member, current } = useViewerMember();
  const signedIn = current && member != null;

  useEffect(() => {
    if (!signedIn) return;
    const intent = takePendingIntent(window.location.pathname, TOGGLE_KINDS);
    if (!intent) return;
    const [kind, raw] = intent.split(":") as [keyof typeof TOGGLES, string];
    const id = Number(raw);
    void callApi("PUT", TOGGLES[kind].url(id)).then((result) => {
      if (!result.ok) return toast.error(result.message);
      store.record(kind, id, TOGGLES[kind].read(result.data));
      toast.success(TOGGLES[kind].done);
    });
  }, [signedIn, store]);

  return null;
}
