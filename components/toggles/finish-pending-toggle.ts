import { toast } from "@/components/toaster";
import { TOGGLES } from "@/components/toggles/actions";
import type { ViewerStore } from "@/components/viewer/viewer-store";
import { callApi } from "@/lib/api-client";
import { takePendingIntent } from "@/lib/pending-intent";

/** The intents finished here; the event page's claim and a product's 장바구니 담기 finish their own. */
const TOGGLE_KINDS = Object.keys(TOGGLES) as (keyof typeof TOGGLES)[];

/**
 * The 찜, follow or 오픈 알림 this tab's visitor clicked on this page before logging in, sent now
 * they are signed in; the server's answer goes to the viewer's state, so the toggle shows it.
 */
export async function finishPendingToggle(store: ViewerStore): Promise<void> {
  const intent = takePendingIntent(window.location.pathname, TOGGLE_KINDS);
  if (!intent) return;
  const [kind, raw] = intent.split(":") as [keyof typeof TOGGLES, string];
  const id = Number(raw);
  const result = await callApi("PUT", TOGGLES[kind].url(id));
  if (!result.ok) return void toast.error(result.message);
  store.record(kind, id, TOGGLES[kind].read(result.data));
  toast.success(TOGGLES[kind].done);
}
