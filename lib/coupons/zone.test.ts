// 쿠폰존's listing, the home banner's pick and a console's status filter, against the real
// PostgreSQL: each event is placed by the one phase rule (lib/coupons/phase.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelEvent, listEvents } from "@/lib/coupons/events";
import { bannerEvent, listEventsForZone, nextEvents, type Zone, type ZoneEvent } from "@/lib/coupons/zone";
import { db } from "@/lib/db";
import { newAtelier, newMembers } from "@/scripts/test/fixtures";

afterAll(() => db.$disconnect());

const HOUR = 3_600_000;
const marketer = { kind: "marketer" as const, memberId: "unused" };
const tag = Math.random().toString(36).slice(2, 8);

function create(title: string, window: { startsAt: number; endsAt: number }, more: { totalQuantity?: number; atelierId?: number } = {}) {
  return db.couponEvent.create({
    data: { title: `${title} ${tag}`, discountType: "AMOUNT", discountValue: 1000, totalQuantity: more.totalQuantity ?? 5, validDays: 7, atelierId: more.atelierId ?? null, startsAt: new Date(window.startsAt), endsAt: new Date(window.endsAt) },
  });
}

/** Issues `n` coupons of an open event straight into PostgreSQL (the record the zone counts). */
async function issue(eventId: number, n: number) {
  const members = await newMembers(n);
  await db.coupon.createMany({ data: members.map((m, i) => ({ eventId, memberId: m.id, seq: i + 1, expiresAt: new Date(Date.now() + HOUR) })) });
}

const ids = (events: ZoneEvent[]) => events.map((e) => e.id);
let open: number, soldOut: number, upcoming: number, ended: number, canceled: number, followerOnly: number;

beforeAll(async () => {
  const now = Date.now();
  const atelier = await newAtelier();
  open = (await create("진행", { startsAt: now - HOUR, endsAt: now + HOUR })).id;
  await issue(open, 2);
  soldOut = (await create("매진", { startsAt: now - HOUR, endsAt: now + HOUR }, { totalQuantity: 2 })).id;
  await issue(soldOut, 2);
  upcoming = (await create("예정", { startsAt: now + HOUR, endsAt: now + 2 * HOUR })).id;
  // Ended a moment ago: 최근 종료 shows the 12 most recently ended, and the whole suite ends and
  // closes many events before this test runs.
  ended = (await create("종료", { startsAt: now - 3 * HOUR, endsAt: now - 1_000 })).id;
  canceled = (await create("취소", { startsAt: now + HOUR, endsAt: now + 2 * HOUR })).id;
  await cancelEvent(canceled, marketer);
  followerOnly = (await create("팔로워", { startsAt: now - HOUR, endsAt: now + HOUR }, { atelierId: atelier.id })).id;
});

describe("listEventsForZone", () => {
  it("puts open events with coupons left under 진행 중 with their remaining count, sold-out and ended ones under 최근 종료, and leaves cancelled ones out", async () => {
    const zone = await listEventsForZone();
    expect(zone.open.find((e) => e.id === open)).toMatchObject({ phase: "OPEN", remaining: 3, totalQuantity: 5 });
    expect(zone.open.find((e) => e.id === followerOnly)?.atelier).not.toBeNull();
    expect(zone.upcoming.find((e) => e.id === upcoming)).toMatchObject({ phase: "SCHEDULED" });
    expect(zone.ended.find((e) => e.id === soldOut)).toMatchObject({ phase: "SOLD_OUT", remaining: 0 });
    expect(zone.ended.find((e) => e.id === ended)).toMatchObject({ phase: "CLOSED" });
    const all = [...ids(zone.open), ...ids(zone.upcoming), ...ids(zone.ended)];
    expect(all).not.toContain(canceled);
    expect(ids(zone.open)).not.toContain(soldOut);
  });

  it("sorts open ones newest first and upcoming ones by the soonest start", async () => {
    const zone = await listEventsForZone();
    const opened = zone.open.map((e) => e.startsAt.getTime());
    const starts = zone.upcoming.map((e) => e.startsAt.getTime());
    expect(opened).toEqual([...opened].sort((a, b) => b - a));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("moves an event along as time passes: at its start it is open, at its end it is over", async () => {
    const event = await db.couponEvent.findUniqueOrThrow({ where: { id: upcoming } });
    const atStart = await listEventsForZone(event.startsAt);
    expect(ids(atStart.open)).toContain(upcoming);
    const atEnd = await listEventsForZone(event.endsAt);
    expect(ids(atEnd.ended)).toContain(upcoming);
  });
});

describe("bannerEvent", () => {
  const event = (id: number, phase: ZoneEvent["phase"], atelier: ZoneEvent["atelier"] = null): ZoneEvent => ({
    id, phase, atelier, title: `이벤트 ${id}`, bannerImage: null, discountType: "AMOUNT", discountValue: 1000, maxDiscount: null, minOrderAmount: 0,
    totalQuantity: 10, remaining: phase === "SOLD_OUT" ? 0 : 10, startsAt: new Date(), endsAt: new Date(), closedAt: null,
  });

  it("shows the open event for everyone closing soonest, else the next upcoming one, never a follower-only one", () => {
    const later = { ...event(5, "OPEN"), endsAt: new Date(Date.now() + HOUR) };
    const zone: Zone = { open: [event(1, "OPEN", { id: 1, name: "공방" }), later, event(2, "OPEN")], upcoming: [event(3, "SCHEDULED")], ended: [] };
    expect(bannerEvent(zone)?.id).toBe(2);
    expect(bannerEvent({ ...zone, open: [] })?.id).toBe(3);
  });

  it("shows nothing rather than a sold-out or ended event", () => {
    expect(bannerEvent({ open: [], upcoming: [], ended: [event(4, "SOLD_OUT"), event(5, "CLOSED")] })).toBeNull();
  });

  it("on the real listing, picks an event a shopper can act on: open with coupons left, or upcoming", async () => {
    const picked = bannerEvent(await listEventsForZone());
    expect(picked).not.toBeNull();
    expect(picked!.atelier).toBeNull();
    expect(picked!.phase === "SCHEDULED" || (picked!.phase === "OPEN" && picked!.remaining > 0)).toBe(true);
  });

  it("nextEvents points from an ended event to open, then upcoming ones, not to itself", () => {
    const zone: Zone = { open: [event(1, "OPEN")], upcoming: [event(2, "SCHEDULED"), event(3, "SCHEDULED")], ended: [event(4, "CLOSED")] };
    expect(ids(nextEvents(zone, 4))).toEqual([1, 2, 3]);
    expect(ids(nextEvents(zone, 2, 2))).toEqual([1, 3]);
  });
});

describe("listEvents with a status filter", () => {
  it.each([
    ["SCHEDULED", () => upcoming],
    ["OPEN", () => open],
    ["SOLD_OUT", () => soldOut],
    ["CLOSED", () => ended],
    ["CANCELED", () => canceled],
  ] as const)("%s lists only events in that phase", async (phase, idOf) => {
    const listed = await listEvents(marketer, phase);
    expect(listed.map((e) => e.id)).toContain(idOf());
    const others = [upcoming, open, soldOut, ended, canceled].filter((id) => id !== idOf());
    expect(listed.map((e) => e.id).filter((id) => others.includes(id))).toEqual([]);
  });
});
