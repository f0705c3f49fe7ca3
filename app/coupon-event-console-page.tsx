import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { EventConsole } from "@/components/coupon-events/event-console";
import { requireEventScopePage } from "@/lib/auth/roles";
import { EVENT_CONSOLES, type EventConsole as Console } from "@/lib/coupons/consoles";
import { getScopedEvent } from "@/lib/coupons/events";
import { messageOf } from "@/lib/errors";
import { parseId } from "@/lib/validation/common";

type Props = { params: Promise<{ id: string }> };

/**
 * A console's event page (`/admin/coupon-events/[id]`, `/studio/coupon-events/[id]`): its metadata
 * and page, gated by requireEventScopePage. An event outside the member's scope (another owner's,
 * or a marketer's asked for at the studio) is the not-found page, never a 403 that admits it exists.
 */
export function eventConsolePage(kind: Console, nav?: React.ReactNode) {
  /** Shared by the metadata and the page, so the title never shows to anyone else. */
  const load = cache(async (rawId: string) => {
    const scope = await requireEventScopePage(kind, `${EVENT_CONSOLES[kind].pages}/${rawId}`);
    const id = parseId(rawId);
    return id === null ? null : getScopedEvent(id, scope);
  });

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const event = await load((await params).id);
    return { title: event ? `${event.title} · 쿠폰 이벤트` : messageOf("EVENT_NOT_FOUND") };
  }

  async function EventConsolePage({ params }: Props) {
    const event = await load((await params).id);
    if (!event) notFound();
    return <EventConsole kind={kind} event={event} nav={nav} />;
  }

  return { generateMetadata, EventConsolePage };
}
