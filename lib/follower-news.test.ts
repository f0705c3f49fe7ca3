// Follower news end to end below HTTP, against the real PostgreSQL, pg-boss, the outbox stand-in
// and the test stack's two worker processes (ADVERTISING_QUIET_HOURS=off there), plus two more
// workers started here: only consenting followers get the mail, with (광고) and the unsubscribe
// headers, every follower a notification; at night the batches wait for 08:00 KST; a cancelled
// event sends nothing; a batch sent again (a crash before recording, a job taken twice, consent
// withdrawn in between) delivers each mail once; an edit before opening sends no second mail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEvent, updateEvent } from "@/lib/coupons/events";
import { db } from "@/lib/db";
import { fanOutFollowerNews, NEWS_BATCH_SIZE, sendFollowerNewsBatch } from "@/lib/follower-news";
import type { CouponEvent } from "@/lib/generated/prisma/client";
import { QUEUES, type NewsMailJob } from "@/lib/jobs/payloads";
import { startWorker, type Worker } from "@/lib/jobs/worker";
import { LEGAL_QUIET_HOURS, quietHoursEnd } from "@/lib/mail/quiet-hours";
import { listNotifications, markAllRead } from "@/lib/notifications";
import { eventually, sleep } from "@/scripts/test/eventually";

const outbox = process.env.RESEND_BASE_URL!;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Caught = { to: string[]; subject: string; html: string; headers?: Record<string, string> };

async function mailsTo(address: string): Promise<Caught[]> {
  const response = await fetch(`${outbox}/emails?to=${encodeURIComponent(address)}`);
  return ((await response.json()) as { data: Caught[] }).data;
}

/** Every delivery whose subject names this atelier (the outbox's list keeps only the newest 1,000). */
async function deliveries(atelierName: string): Promise<{ delivered: number; recipients: number; duplicates: number }> {
  return (await fetch(`${outbox}/__stats?subject=${encodeURIComponent(atelierName)}`)).json();
}

type Member = { id: string; email: string };

/** An atelier of its own (a unique name: the mails' subjects carry it) with `consenting` followers who agreed to 광고성 정보 and `others` who did not. */
async function atelierWithFollowers(consenting: number, others: number) {
  const run = Math.random().toString(36).slice(2, 10);
  const member = (i: number, agreed: boolean) => ({
    id: `news-${run}-${i}`,
    nickname: `소식${run}${i}`,
    nicknameKey: `소식${run}${i}`,
    email: `news-${run}-${i}@example.com`,
    marketingConsentAt: agreed ? new Date() : null,
  });
  const rows = [...Array.from({ length: consenting }, (_, i) => member(i, true)), ...Array.from({ length: others }, (_, i) => member(consenting + i, false))];
  await db.member.createMany({ data: [...rows, { id: `owner-${run}`, nickname: `공방주${run}`, nicknameKey: `공방주${run}` }] });
  const atelier = await db.atelier.create({
    data: { ownerId: `owner-${run}`, name: `소식공방${run}`, tagline: "", description: "", location: "서울", profileImage: "/x.png", coverImage: "/x.png" },
  });
  // Rows and count together (count == rows, as lib/follows.ts keeps it; other suites check it).
  await db.$transaction([db.follow.createMany({ data: rows.map((r) => ({ memberId: r.id, atelierId: atelier.id })) }), db.atelier.update({ where: { id: atelier.id }, data: { followerCount: rows.length } })]);
  const pick = (list: typeof rows): Member[] => list.map((r) => ({ id: r.id, email: r.email }));
  return { atelier, owner: { kind: "owner" as const, memberId: `owner-${run}`, atelierId: atelier.id }, agreed: pick(rows.slice(0, consenting)), refused: pick(rows.slice(consenting)) };
}

/** What the owner's console sends for a follower coupon opening `msFromNow` from now. */
const input = (msFromNow: number) => {
  const startsAt = new Date(Date.now() + msFromNow);
  return { title: `팔로워 쿠폰 ${Math.random().toString(36).slice(2, 6)}`, description: "", bannerImage: null, discountType: "AMOUNT" as const, discountValue: 3000, maxDiscount: null, minOrderAmount: 0, totalQuantity: 50, validDays: 7, startsAt, endsAt: new Date(startsAt.getTime() + 3 * DAY) };
};

/** An event row written directly: createEvent would queue its fan-out for the stack's workers. */
const eventRow = (atelierId: number, msFromNow: number) => db.couponEvent.create({ data: { ...input(msFromNow), atelierId } });

/** 23:00 KST two days from now: quiet hours, and its 08:00 is still ahead when the test ends. */
function nightInKorea(): Date {
  const kstMidnight = Math.floor((Date.now() + 9 * HOUR) / DAY) * DAY - 9 * HOUR;
  return new Date(kstMidnight + 2 * DAY + 23 * HOUR);
}

/** Now, as the test stack's workers see it (no night hold), whatever the hour in Korea. */
const awake = () => ({ now: new Date(), quietHours: null });
/** A worker keeping the law's quiet hours at 23:00 KST. */
const atNight = () => ({ now: nightInKorea(), quietHours: LEGAL_QUIET_HOURS });

/** What the owner's console sends to edit an event, as it stands, with `changes`. */
function editOf(event: CouponEvent, changes: Partial<ReturnType<typeof input>> = {}) {
  const { title, description, bannerImage, discountType, discountValue, maxDiscount, minOrderAmount, totalQuantity, validDays, startsAt, endsAt } = event;
  return { title, description, bannerImage, discountType, discountValue, maxDiscount, minOrderAmount, totalQuantity, validDays, startsAt, endsAt, ...changes };
}

/** The newsMail jobs queued for an event, with when each is due. */
const newsMailJobs = (eventId: number) =>
  db.$queryRaw<{ start_after: Date }[]>`SELECT start_after FROM pgboss.job WHERE name = ${QUEUES.newsMail} AND (data->>'eventId')::int = ${eventId}`;

let workers: Worker[] = [];
beforeAll(async () => {
  workers = await Promise.all([startWorker(), startWorker()]);
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await db.$disconnect();
});

describe("follower news", () => {
  it("a follower coupon notifies every follower and mails, once, only those who agreed: (광고), the named sender, one-click unsubscribe", async () => {
    const { atelier, owner, agreed, refused } = await atelierWithFollowers(2, 2);
    const event = await createEvent(input(HOUR), owner);

    await eventually(async () => {
      for (const m of agreed) expect(await mailsTo(m.email)).toHaveLength(1);
    }, 20_000);
    const [mail] = await mailsTo(agreed[0]!.email);
    expect(mail!.subject).toBe(`(광고) ${atelier.name} 팔로워 쿠폰: 3,000원 할인`);
    expect(mail!.headers?.["List-Unsubscribe"]).toMatch(/^<http.*\/api\/unsubscribe\?token=.+>$/);
    expect(mail!.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(mail!.html).toContain("수신거부");
    expect(mail!.html).toContain(`/events/${event.id}`);

    const notes = await db.notification.findMany({ where: { eventId: event.id } });
    expect(notes.map((n) => n.memberId).sort()).toEqual([...agreed, ...refused].map((m) => m.id).sort());
    // The batch is recorded (mailedAt) just after Resend accepts it: the mail can arrive first.
    await eventually(async () => {
      const mailed = await db.notification.findMany({ where: { eventId: event.id, mailedAt: { not: null } } });
      expect(mailed.map((n) => n.memberId).sort()).toEqual(agreed.map((m) => m.id).sort());
    }, 5_000);
    await sleep(1500); // anything late would arrive by now
    for (const m of refused) expect(await mailsTo(m.email)).toHaveLength(0);
    expect(await deliveries(atelier.name)).toEqual({ delivered: 2, recipients: 2, duplicates: 0 });
  });

  it("at night the batches wait for 08:00 KST, and a batch due at night is held again", async () => {
    const { atelier, agreed } = await atelierWithFollowers(3, 0);
    const event = await eventRow(atelier.id, HOUR);
    const night = nightInKorea();
    const until = quietHoursEnd(night)!;
    expect(await fanOutFollowerNews({ eventId: event.id }, { now: night, quietHours: LEGAL_QUIET_HOURS })).toEqual({ notified: 3, batches: 1 });

    expect((await newsMailJobs(event.id)).map((j) => j.start_after.toISOString())).toEqual([until.toISOString()]);

    expect(await sendFollowerNewsBatch({ eventId: event.id, batch: 0 }, { now: night, quietHours: LEGAL_QUIET_HOURS })).toEqual({ sent: 0, heldUntil: until });
    await sleep(1500);
    for (const m of agreed) expect(await mailsTo(m.email)).toHaveLength(0);
  });

  it("an event cancelled before its news goes out sends none", async () => {
    const { atelier, agreed } = await atelierWithFollowers(2, 0);
    const event = await eventRow(atelier.id, HOUR);
    // Written and held (as at night), then cancelled before 08:00.
    await fanOutFollowerNews({ eventId: event.id }, atNight());
    await db.couponEvent.update({ where: { id: event.id }, data: { closedAt: new Date() } });

    expect(await sendFollowerNewsBatch({ eventId: event.id, batch: 0 }, awake())).toEqual({ sent: 0, heldUntil: null });
    // A fan-out that runs only after the cancel writes nothing.
    expect(await fanOutFollowerNews({ eventId: event.id }, awake())).toEqual({ notified: 0, batches: 0 });
    for (const m of agreed) expect(await mailsTo(m.email)).toHaveLength(0);
    expect(await db.notification.count({ where: { eventId: event.id, mailedAt: { not: null } } })).toBe(0);
  });

  it("a batch sent again and again (two workers at once, a crash before recording, consent withdrawn between) delivers each mail once", async () => {
    const { atelier, agreed } = await atelierWithFollowers(NEWS_BATCH_SIZE + 20, 0);
    const event = await eventRow(atelier.id, HOUR);
    // Held at night so the stack's workers leave the batches to this test.
    expect(await fanOutFollowerNews({ eventId: event.id }, atNight())).toMatchObject({ batches: 2 });
    const batch0: NewsMailJob = { eventId: event.id, batch: 0 };

    // Two workers holding the same batch at once.
    const both = await Promise.all([sendFollowerNewsBatch(batch0, awake()), sendFollowerNewsBatch(batch0, awake())]);
    // Each sent all of it (the second's request replayed by Resend) or found it recorded sent.
    expect(both.every((r) => r.sent === 0 || r.sent === NEWS_BATCH_SIZE) && both.some((r) => r.sent === NEWS_BATCH_SIZE)).toBe(true);
    // A worker killed after sending, before recording: the rows say unsent again; one follower withdrew meanwhile.
    await db.notification.updateMany({ where: { eventId: event.id, mailBatch: 0 }, data: { mailedAt: null } });
    const inBatch0 = await db.notification.findFirstOrThrow({ where: { eventId: event.id, mailBatch: 0 } });
    await db.member.update({ where: { id: inBatch0.memberId }, data: { marketingConsentAt: null } });
    expect((await sendFollowerNewsBatch(batch0, awake())).sent).toBe(NEWS_BATCH_SIZE - 1);
    // Batch 1, from a worker of the stack: it is due now.
    expect((await sendFollowerNewsBatch({ ...batch0, batch: 1 }, awake())).sent).toBe(20);
    expect((await sendFollowerNewsBatch({ ...batch0, batch: 1 }, awake())).sent).toBe(0);

    expect(await deliveries(atelier.name)).toEqual({ delivered: agreed.length, recipients: agreed.length, duplicates: 0 });
    expect(await db.notification.count({ where: { eventId: event.id, mailedAt: null } })).toBe(1); // the one who withdrew, mailed before withdrawing
  });

  it("an edit before opening sends no second mail: a batch still to go carries the new terms, and 알림 already written come back unread, marked changed", async () => {
    const { atelier, owner, agreed } = await atelierWithFollowers(2, 0);
    const event = await eventRow(atelier.id, HOUR);
    const [fan] = agreed;
    // Written and held (as at night), so the batch is still to go when the owner edits.
    await fanOutFollowerNews({ eventId: event.id }, atNight());
    const [held] = await newsMailJobs(event.id);
    await markAllRead(fan!.id);
    const latest = async () => (await listNotifications(fan!.id, undefined)).items.find((n) => n.event.id === event.id)!;

    // A title alone is not news: the entry stays read.
    const renamed = await updateEvent(event.id, editOf(event, { title: `${event.title} (수정)` }), owner);
    expect(await latest()).toMatchObject({ read: true, changedAt: null });

    const better = await updateEvent(event.id, editOf(renamed, { discountValue: 5000 }), owner);
    expect(await latest()).toMatchObject({ read: false, changedAt: expect.any(String), event: { discount: "5,000원 할인" } });

    // 08:00: the held batch goes with the terms as they are now.
    expect(await sendFollowerNewsBatch({ eventId: event.id, batch: 0 }, awake())).toEqual({ sent: 2, heldUntil: null });
    for (const m of agreed) expect((await mailsTo(m.email)).map((mail) => mail.subject)).toEqual([`(광고) ${atelier.name} 팔로워 쿠폰: 5,000원 할인`]);

    // Moved after the mail went: 알림 says so, and nothing more is queued or sent.
    await markAllRead(fan!.id);
    const later = new Date(better.startsAt.getTime() + HOUR);
    await updateEvent(event.id, editOf(better, { startsAt: later, endsAt: new Date(later.getTime() + DAY) }), owner);
    expect(await latest()).toMatchObject({ read: false, changedAt: expect.any(String), event: { startsAt: later.toISOString() } });
    expect(await newsMailJobs(event.id)).toEqual([held]);
    expect(await sendFollowerNewsBatch({ eventId: event.id, batch: 0 }, awake())).toEqual({ sent: 0, heldUntil: null }); // the held job, come due
    expect(await deliveries(atelier.name)).toEqual({ delivered: 2, recipients: 2, duplicates: 0 });
  });
});
