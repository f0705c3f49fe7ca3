import "server-only";
import { refreshEventPages } from "@/app/api/event-pages";
import { requireEventScope } from "@/lib/auth/roles";
import type { EventConsole } from "@/lib/coupons/consoles";
import {
  cancelEvent,
  closeEvent,
  createEvent,
  eventJson,
  issuedCouponsCsv,
  listedEventJson,
  listEvents,
  requireScopedEvent,
  updateEvent,
  type EventScope,
} from "@/lib/coupons/events";
import { liveSnapshot } from "@/lib/coupons/live";
import type { CouponEvent } from "@/lib/generated/prisma/client";
import { apiRoute, json, parseJson } from "@/lib/http";
import { routeId } from "@/lib/route-params";
import { couponEventSchema, EVENT_LIMITS } from "@/lib/validation/coupon-event";

type Context = { params: Promise<{ id: string }> };

/**
 * The routes of a coupon-event console, the same for the marketer's (/api/admin/coupon-events)
 * and an owner's (/api/studio/coupon-events): each asks requireEventScope who may touch which
 * event, so one rule holds for both; an event outside the scope is 404. The consoles differ
 * only in their limits (EVENT_LIMITS) and the events they see.
 */
export function eventConsoleRoutes(kind: EventConsole) {
  const schema = couponEventSchema(EVENT_LIMITS[kind]);
  /** A handler on the [id] event of the caller's scope. */
  const onEvent = (handle: (event: CouponEvent, request: Request, scope: EventScope) => Promise<Response>) =>
    apiRoute(async (request: Request, { params }: Context) => {
      const scope = await requireEventScope(kind);
      const event = await requireScopedEvent(await routeId(params, "EVENT_NOT_FOUND"), scope);
      return handle(event, request, scope);
    });
  /** A POST that changes the event's course (close early, cancel): the event as it is now. */
  const action = (act: (eventId: number, scope: EventScope) => Promise<CouponEvent>) =>
    onEvent(async (event, _request, scope) => {
      const changed = await act(event.id, scope);
      refreshEventPages(changed);
      return json({ event: eventJson(changed) });
    });

  return {
    list: apiRoute(async () => json({ items: (await listEvents(await requireEventScope(kind))).map(listedEventJson) })),
    /** 201 {event}; its state is loaded into Redis at once. */
    create: apiRoute(async (request: Request) => {
      const scope = await requireEventScope(kind);
      const event = await createEvent(await parseJson(request, schema), scope);
      refreshEventPages(event);
      return json({ event: eventJson(event) }, { status: 201 });
    }),
    read: onEvent(async (event) => json({ event: eventJson(event) })),
    /** Edits an event until it opens (then 409 EVENT_STARTED). */
    edit: onEvent(async (event, request, scope) => {
      const updated = await updateEvent(event.id, await parseJson(request, schema), scope);
      refreshEventPages(updated);
      return json({ event: eventJson(updated) });
    }),
    /** 취소 before opening; idempotent; once it opened, 409: it is closed early instead. */
    cancel: action(cancelEvent),
    /** 조기 종료 of an open event; before it opens, 409: it is cancelled instead. */
    close: action(closeEvent),
    /** The live view the console's page polls. */
    live: onEvent(async (event) => json(await liveSnapshot(event))),
    /** Issued coupons as CSV, without personal data. */
    csv: onEvent(
      async (event) =>
        new Response(await issuedCouponsCsv(event.id), {
          headers: {
            "Content-Type": "text/csv; charset=utf-8",
            "Content-Disposition": `attachment; filename="coupon-event-${event.id}.csv"`,
            "Cache-Control": "no-store",
          },
        }),
    ),
  };
}
