"use client";

import dynamic from "next/dynamic";

/**
 * The edit form, fetched only when the page shows it (before the event starts): an open or ended
 * event's page, watched live, has no use for the form's code.
 */
export const EventEditor = dynamic(() => import("@/components/coupon-event-form").then((m) => m.CouponEventForm));
