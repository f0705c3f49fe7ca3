// Where each coupon-event console lives: its pages and its API. Both consoles answer the same
// routes under their own prefix (app/api/coupon-event-console.ts), so a console's UI needs only
// its name. Pure: client components read it too.

export const EVENT_CONSOLES = {
  /** 마케터 콘솔: the public 선착순 events. */
  marketer: { pages: "/admin/coupon-events", api: "/api/admin/coupon-events" },
  /** 작가 스튜디오: an owner's follower coupons. */
  owner: { pages: "/studio/coupon-events", api: "/api/studio/coupon-events" },
} as const;

/** A console by who runs it; the same word as EventScope's kind and EVENT_LIMITS' keys. */
export type EventConsole = keyof typeof EVENT_CONSOLES;
