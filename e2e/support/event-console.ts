// Coupon events made through the consoles' API, for HTTP tests and Playwright specs alike
// (no test runner's `expect` here: both kinds of test import it).
import type { AppClient } from "./client";

export type CreatedEvent = { id: number; atelierId: number | null };

/** An event open from now for an hour, made by a signed-in marketer (or owner, at the studio path); the event. */
export async function postEvent(client: AppClient, overrides: Record<string, unknown> = {}, path = "/api/admin/coupon-events"): Promise<CreatedEvent> {
  const now = Date.now();
  const response = await client.json(path, "POST", {
    title: "테스트 선착순 쿠폰",
    discountType: "AMOUNT",
    discountValue: 3000,
    minOrderAmount: 20000,
    totalQuantity: 100,
    startsAt: new Date(now).toISOString(),
    endsAt: new Date(now + 3_600_000).toISOString(),
    validDays: 14,
    ...overrides,
  });
  if (response.status !== 201) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { event: CreatedEvent }).event;
}
