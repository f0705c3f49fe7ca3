"use client";

import { lazyComponent } from "@/components/lazy-component";

/**
 * The edit form, fetched only when the page shows it (before the event starts): an open or ended
 * event's page, watched live, has no use for the form's code.
 */
export const EventEditor = lazyComponent(() => import("@/components/coupon-event-form").then((m) => m.CouponEventForm));
