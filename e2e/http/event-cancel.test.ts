// POST /api/admin/coupon-events/[id]/cancel: 취소 before opening, for marketers only; once the
// event opened it is 409 (조기 종료 is the way then), and a second cancel answers the same.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AppClient } from "../support/client";
import { createEvent, marketerClient } from "../support/coupon-events";
import { clearRateLimits, closeData, count } from "../support/data";
import { DEMO_PASSWORD } from "../support/env";

const app = process.env.APP_URL!;
let marketer: AppClient;
const clients: Record<"visitor" | "shopper" | "owner", AppClient> = { visitor: new AppClient(), shopper: new AppClient(), owner: new AppClient() };

beforeAll(async () => {
  marketer = await marketerClient();
  await clients.shopper.login("shopper11@example.com", DEMO_PASSWORD);
  await clients.owner.login("owner@example.com", DEMO_PASSWORD);
});
beforeEach(clearRateLimits);
afterAll(closeData);

const HOUR = 3_600_000;
/** An event opening in an hour; its id. */
const upcoming = () => createEvent(marketer, { startsAt: new Date(Date.now() + HOUR).toISOString(), endsAt: new Date(Date.now() + 2 * HOUR).toISOString() });
const cancel = (client: AppClient, id: number) => client.json(`/api/admin/coupon-events/${id}/cancel`, "POST");
/** The live status anyone sees; the balancer may keep an answer for a second, so a change is polled for. */
const liveStatus = async (id: number) => (await (await fetch(`${app}/api/coupon-events/${id}?live=1`)).json()).status;

describe("cancelling an event", () => {
  it("is for marketers only: 401 signed out, 403 for a shopper and an atelier owner, and the event stays scheduled", async () => {
    const id = await upcoming();
    expect((await cancel(clients.visitor, id)).status).toBe(401);
    for (const who of ["shopper", "owner"] as const) {
      const answer = await cancel(clients[who], id);
      expect(answer.status).toBe(403);
      expect((await answer.json()).error.code).toBe("FORBIDDEN");
    }
    expect(await count("coupon_events", "id = $1 AND closed_at IS NULL", [id])).toBe(1);
    expect(await liveStatus(id)).toBe("SCHEDULED");
  });

  it("before opening: 200 with the event closed, the live status CANCELED, and the event page says 취소된 이벤트", async () => {
    const id = await upcoming();
    const answer = await cancel(marketer, id);
    expect(answer.status).toBe(200);
    const { event } = await answer.json();
    expect(event).toMatchObject({ id });
    expect(event.closedAt).not.toBeNull();
    await expect.poll(() => liveStatus(id), { timeout: 5_000 }).toBe("CANCELED");
    const page = await (await fetch(`${app}/events/${id}`)).text();
    expect(page).toContain("취소된 이벤트");
  });

  it("is idempotent: a second cancel is 200 with the same closedAt", async () => {
    const id = await upcoming();
    const first = await (await cancel(marketer, id)).json();
    const again = await cancel(marketer, id);
    expect(again.status).toBe(200);
    expect((await again.json()).event.closedAt).toBe(first.event.closedAt);
  });

  it("after opening: 409 EVENT_STARTED, nothing written; 조기 종료 is what closes it", async () => {
    const id = await createEvent(marketer);
    const answer = await cancel(marketer, id);
    expect(answer.status).toBe(409);
    expect((await answer.json()).error).toMatchObject({ code: "EVENT_STARTED", message: expect.stringContaining("조기 종료") });
    expect(await count("coupon_events", "id = $1 AND closed_at IS NULL", [id])).toBe(1);
    expect(await liveStatus(id)).toBe("OPEN");
    expect((await marketer.json(`/api/admin/coupon-events/${id}/close`, "POST")).status).toBe(200);
    await expect.poll(() => liveStatus(id), { timeout: 5_000 }).toBe("CLOSED");
  });

  it("조기 종료 before opening is 409 EVENT_NOT_OPEN: an upcoming event is cancelled instead", async () => {
    const id = await upcoming();
    const answer = await marketer.json(`/api/admin/coupon-events/${id}/close`, "POST");
    expect(answer.status).toBe(409);
    expect((await answer.json()).error.code).toBe("EVENT_NOT_OPEN");
    expect(await liveStatus(id)).toBe("SCHEDULED");
  });

  it("an unknown or malformed id is 404, never 500", async () => {
    expect((await cancel(marketer, 2_000_000_000)).status).toBe(404);
    expect((await marketer.json("/api/admin/coupon-events/abc/cancel", "POST")).status).toBe(404);
  });
});
