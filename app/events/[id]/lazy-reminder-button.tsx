"use client";

import type { ComponentProps } from "react";
import { lazyComponent } from "@/components/lazy-component";
import { useRegisteredAhead } from "@/components/viewer/viewer";
import type { ReminderButton } from "@/app/events/[id]/reminder-button";

const ReminderButtonLoaded = lazyComponent(() => import("@/app/events/[id]/reminder-button").then((m) => m.ReminderButton));

/**
 * 오픈 알림 받기, rendered with the page but its script loaded apart: it shows only before the
 * opening, and in the launch second it is not on the page at all, so the event page's first load
 * does not carry it (with the toggle machinery it brings, about a third of the page's own script).
 * The button is busy until the viewer's state comes anyway, and its id is asked about in the page
 * view's one viewer request, with the rest.
 */
export function LazyReminderButton(props: ComponentProps<typeof ReminderButton>) {
  useRegisteredAhead("reminder", props.eventId);
  return <ReminderButtonLoaded {...props} />;
}
