// 오픈 알림 end to end below HTTP, against the real PostgreSQL, pg-boss, the outbox stand-in and
// the test stack's two worker processes (scripts/test/stack.ts; the lead is a few seconds there),
// plus two more workers started here: every subscriber gets exactly one reminder, at the right
// time, and none when the event moved or closed; a crash between sending and recording sends no
// second mail; outbox failures are retried, then dead-lettered.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelEvent, createEvent, updateEvent } from "@/lib/coupons/events";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { jobIdOf } from "@/lib/jobs/boss";
import { listDeadMail } from "@/lib/jobs/dead-letters";
import { enqueueMails } from "@/lib/jobs/enqueue";
import { runMailJob, type MailKinds } from "@/lib/jobs/mail";
import { QUEUES, type MailJob } from "@/lib/jobs/payloads";
import { MAIL_KINDS, startWorker, type Worker } from "@/lib/jobs/worker";
import { fanOutReminders, reminderMailJob, setReminder } from "@/lib/reminders";
import type { CouponEvent } from "@/lib/generated/prisma/client";
import { eventually, sleep } from "@/scripts/test/eventually";

const outbox = process.env.RESEND_BASE_URL!;
let marketer: { kind: "marketer"; memberId: string };
const LEAD_MS = env.COUPON_REMINDER_LEAD_SECONDS * 1000;
const HOUR = 3_600_000;

type Caught = { to: string[]; subject: string; html: string; text: string; created_at: string };

async function mailsTo(address: string): Promise<Caught[]> {
  const response = await fetch(`${outbox}/emails?to=${encodeURIComponent(address)}`);
  return ((await response.json()) as { data: Caught[] }).data;
}

const failNextSends = (count: number) => fetch(`${outbox}/__fail`, { method: "POST", body: JSON.stringify({ count, status: 503 }) });

/** n members with addresses of their own. */
async function subscribers(n: number): Promise<{ id: string; email: string }[]> {
  const run = Math.random().toString(36).slice(2, 10);
  return Promise.all(
    Array.from({ length: n }, (_, i) =>
      db.member.create({ data: { nickname: `알림${run}${i}`, nicknameKey: `알림${run}${i}`, email: `remind-${run}-${i}@example.com` }, select: { id: true, email: true } }),
    ),
  ) as Promise<{ id: string; email: string }[]>;
}

/** What the console's form sends for an event with this title and start. */
const input = (title: string, startsAt: Date) => ({
  ...{ title, description: "", bannerImage: null, discountType: "AMOUNT" as const, discountValue: 1000, maxDiscount: null, minOrderAmount: 0, totalQuantity: 10, validDays: 7 },
  ...{ startsAt, endsAt: new Date(startsAt.getTime() + HOUR) },
});

/** A public event opening `msFromNow` from now, as the marketer console makes it. */
function newEvent(msFromNow: number): Promise<CouponEvent> {
  return createEvent(input(`오픈 알림 테스트 ${Math.random().toString(36).slice(2, 6)}`, new Date(Date.now() + msFromNow)), marketer);
}

const subscription = (memberId: string, eventId: number) => db.reminderSubscription.findUniqueOrThrow({ where: { memberId_eventId: { memberId, eventId } } });

let workers: Worker[] = [];
beforeAll(async () => {
  const seeded = await db.member.findUniqueOrThrow({ where: { email: "marketer@example.com" } });
  marketer = { kind: "marketer", memberId: seeded.id };
  workers = await Promise.all([startWorker(), startWorker()]);
});
afterAll(async () => {
  await failNextSends(0);
  await Promise.all(workers.map((w) => w.stop()));
  await db.$disconnect();
});

describe("오픈 알림", () => {
  it("mails every subscriber exactly once, at startsAt − lead, with four workers taking jobs", async () => {
    const event = await newEvent(LEAD_MS + 3_000);
    const remindAt = event.startsAt.getTime() - LEAD_MS;
    const members = await subscribers(12);
    await Promise.all(members.flatMap((m) => [setReminder(m.id, event.id, true), setReminder(m.id, event.id, true)]));

    // The worker records a mail sent just after Resend accepts it: the mail can arrive first.
    await eventually(async () => {
      for (const m of members) {
        expect(await mailsTo(m.email)).toHaveLength(1);
        expect((await subscription(m.id, event.id)).sentFor).toEqual(event.startsAt);
      }
    }, LEAD_MS + 8_000);
    await sleep(2_000); // anything duplicated would have arrived by now
    for (const m of members) {
      const mails = await mailsTo(m.email);
      expect(mails).toHaveLength(1);
      const [mail] = mails;
      expect(mail!.subject).toBe(`[컴공방] ${event.title} 쿠폰이 ${env.COUPON_REMINDER_LEAD_SECONDS}초 뒤 열려요`);
      expect(mail!.html).toContain(`/events/${event.id}`);
      expect(mail!.subject).not.toContain("(광고)");
      const sentAt = Date.parse(mail!.created_at);
      expect(sentAt).toBeGreaterThanOrEqual(remindAt - 100);
      // What matters is that it arrives before the opening; a loaded machine's workers may take
      // most of the lead to pick the job up.
      expect(sentAt).toBeLessThan(remindAt + LEAD_MS);
    }
  });

  it("a crash after sending and before recording: the retry reaches Resend with the same key, no second mail", async () => {
    const event = await newEvent(HOUR); // its fan-out is an hour away: only this test sends
    const [member] = await subscribers(1);
    await setReminder(member!.id, event.id, true);
    const row = await db.reminderSubscription.findUniqueOrThrow({ where: { memberId_eventId: { memberId: member!.id, eventId: event.id } }, include: { member: true } });
    const job = reminderMailJob(event, row)!;
    const crashing: MailKinds = {
      "coupon-reminder": {
        ...MAIL_KINDS["coupon-reminder"],
        recordSent: () => Promise.reject(new Error("killed before recording")),
      },
    };

    await expect(runMailJob(job, crashing)).rejects.toThrow("killed before recording");
    expect(await mailsTo(member!.email)).toHaveLength(1);
    expect((await subscription(member!.id, event.id)).sentAt).toBeNull();

    expect(await runMailJob(job, MAIL_KINDS)).toBe("sent"); // taken again after the crash
    expect(await mailsTo(member!.email)).toHaveLength(1);
    expect((await subscription(member!.id, event.id)).sentFor).toEqual(event.startsAt);
    expect(await runMailJob(job, MAIL_KINDS)).toBe("skipped");
    // A fan-out run again after a crash finds nobody left to mail.
    expect(await fanOutReminders({ eventId: event.id, startsAt: event.startsAt.toISOString() })).toBe(0);
  });

  it("a worker killed holding a mail job after sending: pg-boss times the job out, another worker sends it again with the same key, one mail", async () => {
    const event = await newEvent(HOUR);
    const [member] = await subscribers(1);
    await setReminder(member!.id, event.id, true);
    const row = await db.reminderSubscription.findUniqueOrThrow({ where: { memberId_eventId: { memberId: member!.id, eventId: event.id } }, include: { member: true } });
    const job = reminderMailJob(event, row)!;
    const boss = workers[0]!.boss;
    // Due in an hour, so no running worker takes it before the doomed one below does.
    await boss.insert([{ id: jobIdOf(job.idempotencyKey), name: QUEUES.mail, data: job, startAfter: new Date(Date.now() + HOUR), expireInSeconds: 1 }]);
    const [taken] = await boss.fetch<MailJob>(QUEUES.mail, { ignoreStartAfter: true });
    expect(taken?.id).toBe(jobIdOf(job.idempotencyKey));

    // The doomed worker sends, then dies before recording: the job stays active, nobody completes it.
    const dying: MailKinds = { "coupon-reminder": { ...MAIL_KINDS["coupon-reminder"], recordSent: () => Promise.reject(new Error("SIGKILL")) } };
    await expect(runMailJob(taken!.data, dying)).rejects.toThrow("SIGKILL");
    expect(await mailsTo(member!.email)).toHaveLength(1);

    await sleep(1_200);
    await boss.expire(); // what a worker's maintenance does every 30 s: the job failed by timeout, to be retried
    await eventually(async () => expect((await subscription(member!.id, event.id)).sentFor).toEqual(event.startsAt), 15_000);
    await sleep(1_500);
    expect(await mailsTo(member!.email)).toHaveLength(1);
  });

  it("a fan-out killed halfway and run again mails only those left, each once", async () => {
    const event = await newEvent(HOUR);
    const members = await subscribers(6);
    for (const m of members) await setReminder(m.id, event.id, true);
    const rows = await db.reminderSubscription.findMany({ where: { eventId: event.id }, include: { member: true }, orderBy: { id: "asc" } });
    // The first run got three mails out and recorded them, then died.
    for (const row of rows.slice(0, 3)) await runMailJob(reminderMailJob(event, row)!, MAIL_KINDS);

    const job = { eventId: event.id, startsAt: event.startsAt.toISOString() };
    expect(await fanOutReminders(job)).toBe(3);
    expect(await fanOutReminders(job)).toBe(3); // the same three again: their jobs exist once
    await eventually(async () => {
      for (const m of members) expect(await mailsTo(m.email)).toHaveLength(1);
    }, 10_000);
    await sleep(2_000);
    for (const m of members) expect(await mailsTo(m.email)).toHaveLength(1);
  });

  it("moving startsAt moves the reminder: nothing at the old moment, one mail at the new", async () => {
    // Margin before the old reminder time: the setup below must finish first, also on a loaded machine.
    const event = await newEvent(LEAD_MS + 6_000);
    const [member] = await subscribers(1);
    await setReminder(member!.id, event.id, true);
    const startsAt = new Date(event.startsAt.getTime() + 8_000);
    await updateEvent(event.id, input(event.title, startsAt), marketer);

    await sleep(event.startsAt.getTime() - LEAD_MS - Date.now() + 4_000);
    expect(await mailsTo(member!.email)).toHaveLength(0);
    const newRemindAt = startsAt.getTime() - LEAD_MS;
    await eventually(async () => {
      expect(await mailsTo(member!.email)).toHaveLength(1);
      expect((await subscription(member!.id, event.id)).sentFor).toEqual(startsAt); // recorded just after the mail arrives
    }, newRemindAt - Date.now() + 5_000);
    expect(Date.parse((await mailsTo(member!.email))[0]!.created_at)).toBeGreaterThanOrEqual(newRemindAt - 100);
  });

  it("a cancelled event sends none", async () => {
    const event = await newEvent(LEAD_MS + 6_000);
    const [member] = await subscribers(1);
    await setReminder(member!.id, event.id, true);
    // An event that has not opened is cancelled, not closed (closeEvent refuses it: CLOSE_BEFORE_OPENING).
    await cancelEvent(event.id, marketer);
    await sleep(event.startsAt.getTime() - LEAD_MS - Date.now() + 4_000);
    expect(await mailsTo(member!.email)).toHaveLength(0);
    expect((await subscription(member!.id, event.id)).sentAt).toBeNull();
  });

  it("retries a send the outbox refused, then delivers it once", async () => {
    const event = await newEvent(HOUR);
    const [member] = await subscribers(1);
    await setReminder(member!.id, event.id, true);
    const row = await db.reminderSubscription.findUniqueOrThrow({ where: { memberId_eventId: { memberId: member!.id, eventId: event.id } }, include: { member: true } });
    await failNextSends(env.MAIL_RETRY_LIMIT); // every try but the last fails
    await enqueueMails([reminderMailJob(event, row)!]);
    await eventually(async () => {
      expect(await mailsTo(member!.email)).toHaveLength(1);
      expect((await subscription(member!.id, event.id)).sentFor).toEqual(event.startsAt); // recorded just after the mail arrives
    }, 20_000);
    expect((await listDeadMail()).some((d) => d.to === member!.email)).toBe(false);
  });

  it("keeps a mail whose retries ran out in the dead-letter queue, with the reason", async () => {
    const event = await newEvent(HOUR);
    const [member] = await subscribers(1);
    await setReminder(member!.id, event.id, true);
    const row = await db.reminderSubscription.findUniqueOrThrow({ where: { memberId_eventId: { memberId: member!.id, eventId: event.id } }, include: { member: true } });
    await failNextSends(env.MAIL_RETRY_LIMIT + 1);
    await enqueueMails([reminderMailJob(event, row)!]);
    await eventually(async () => {
      const dead = (await listDeadMail()).find((d) => d.to === member!.email);
      expect(dead).toMatchObject({ what: `오픈 알림 · ${event.title}`, tries: env.MAIL_RETRY_LIMIT + 1 });
      expect(dead!.reason).toContain("503");
    }, 30_000);
    expect(await mailsTo(member!.email)).toHaveLength(0);
    expect((await subscription(member!.id, event.id)).sentAt).toBeNull();
  });
});
