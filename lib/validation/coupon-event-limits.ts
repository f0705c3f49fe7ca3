// How far a coupon event may go, by who launches it: the schema (lib/validation/coupon-event.ts)
// enforces these, and the form prints them as hints. Apart from the schema so the form can show
// them without loading zod before it needs it.

/** Marketers run site-wide events, owners smaller ones for their followers. */
export const EVENT_LIMITS = {
  marketer: { maxQuantity: 1_000_000, maxAmount: 1_000_000, maxPercent: 90, maxValidDays: 365 },
  owner: { maxQuantity: 1_000, maxAmount: 50_000, maxPercent: 50, maxValidDays: 30 },
} as const;

export type EventLimits = (typeof EVENT_LIMITS)[keyof typeof EVENT_LIMITS];
