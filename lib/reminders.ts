import "server-only";
// 오픈 알림: members ask to be mailed shortly before an upcoming coupon event opens.
//
// Invariant: each subscription gets at most one reminder per start time of its event, and every
// subscription made before the reminder moment gets one, however many app instances and workers
// run and whatever crashes. How it holds:
// - one fan-out job per (event, start time), due at startsAt − COUPON_REMINDER_LEAD_SECONDS
//   (lib/jobs/enqueue.ts); it does nothing unless the event still starts then and is not
//   closed, so an edit moves the reminders and a closed event sends none;
// - the fan-out queues one mail job per unsent subscription, the job id derived from the mail's
//   idempotency key `reminder:{eventId}:{memberId}:{startsAt}`: queued twice, it exists once;
// - a mail job checks that it is still pending, sends with that key, then records it sent in one
//   statement (lib/jobs/mail.ts); a crash in between sends again with the same key, which Resend
//   answers without a second mail;
// - a subscription schedules the fan-out again after its row is written: if a fan-out is waiting
//   it will read the row; if one already started (and may have read the subscribers before
//   it), the `short` queue takes a new job for the same key, which runs at once for those left.
import { env } from "@/lib/env";
import { phaseOfRow } from "@/lib/coupons/phase";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { enqueueMails, scheduleReminderFanOut } from "@/lib/jobs/enqueue";
import type { MailKind } from "@/lib/jobs/mail";
import type { MailJob, QueuedMail, ReminderJob } from "@/lib/jobs/payloads";
import { formatDateTime, formatLead } from "@/lib/format";
import { CouponReminderMail, couponReminderSubject } from "@/lib/mail/coupon-reminder";

type ReminderMail = Extract<QueuedMail, { kind: "coupon-reminder" }>;
type EventTimes = { startsAt: Date; endsAt: Date; closedAt: Date | null; totalQuantity: number };

const leadMs = () => env.COUPON_REMINDER_LEAD_SECONDS * 1000;

/** When an event's reminder goes out. */
const remindAtOf = (startsAt: Date) => new Date(startsAt.getTime() - leadMs());

/** The event still opens at the start time a job or mail was made for, and has not opened or closed. */
function stillAnnounced(event: EventTimes, startsAt: string): boolean {
  return event.startsAt.toISOString() === startsAt && phaseOfRow(event, 0) === "SCHEDULED";
}

/** Schedules the event's reminder fan-out for its current start time (again is harmless). */
export async function scheduleEventReminders(event: { id: number; startsAt: Date }): Promise<void> {
  await scheduleReminderFanOut({ eventId: event.id, startsAt: event.startsAt.toISOString() }, remindAtOf(event.startsAt));
}

/**
 * PUT (on) / DELETE (off) of a member's 오픈 알림; idempotent. On needs an upcoming event whose
 * reminder moment has not passed (REMINDER_TOO_LATE says it opens soon) and a member with an
 * address to mail; off always succeeds.
 */
export async function setReminder(memberId: string, eventId: number, on: boolean): Promise<{ subscribed: boolean }> {
  const event = await db.couponEvent.findUnique({ where: { id: eventId } });
  if (!event) throw new DomainError("EVENT_NOT_FOUND");
  if (!on) {
    await db.reminderSubscription.deleteMany({ where: { memberId, eventId } });
    return { subscribed: false };
  }
  if (phaseOfRow(event, 0) !== "SCHEDULED") throw new DomainError("EVENT_NOT_UPCOMING");
  if (Date.now() >= remindAtOf(event.startsAt).getTime()) throw new DomainError("REMINDER_TOO_LATE");
  // A Kakao account may have no address: it would be told "we will mail you" and get nothing.
  const member = await db.member.findUnique({ where: { id: memberId }, select: { email: true } });
  if (!member?.email) throw new DomainError("REMINDER_NO_EMAIL");
  // ON CONFLICT DO NOTHING: the unique (member, event) makes concurrent PUTs one row.
  await db.reminderSubscription.createMany({ data: [{ memberId, eventId }], skipDuplicates: true });
  await scheduleEventReminders(event);
  return { subscribed: true };
}

/** The events among these the member asked to be reminded of (the viewer's toggle state). */
export async function remindedAmong(memberId: string, eventIds: number[]): Promise<Set<number>> {
  if (eventIds.length === 0) return new Set();
  const rows = await db.reminderSubscription.findMany({ where: { memberId, eventId: { in: eventIds } }, select: { eventId: true } });
  return new Set(rows.map((r) => r.eventId));
}

const notSentFor = (startsAt: Date) => ({ OR: [{ sentFor: null }, { sentFor: { not: startsAt } }] });

/** The fan-out job: one mail job per subscriber not yet reminded of this start time; how many. */
export async function fanOutReminders(job: ReminderJob): Promise<number> {
  const event = await db.couponEvent.findUnique({ where: { id: job.eventId } });
  if (!event || !stillAnnounced(event, job.startsAt)) return 0;
  const subscribers = await db.reminderSubscription.findMany({
    where: { eventId: event.id, ...notSentFor(event.startsAt) },
    select: { id: true, memberId: true, member: { select: { email: true } } },
  });
  const mails = subscribers.map((s) => reminderMailJob(event, s)).filter((m) => m !== null);
  await enqueueMails(mails);
  return mails.length;
}

type Subscriber = { id: bigint; memberId: string; member: { email: string | null } };

/** One subscriber's reminder for the event's current start time, as a mail job; null for a member without an email. */
export function reminderMailJob(event: { id: number; title: string; startsAt: Date }, { id, memberId, member }: Subscriber): MailJob | null {
  if (!member.email) return null;
  const startsAt = event.startsAt.toISOString();
  return {
    idempotencyKey: `reminder:${event.id}:${memberId}:${startsAt}`,
    mail: { kind: "coupon-reminder", subscriptionId: String(id), to: member.email, eventId: event.id, title: event.title, startsAt, leadSeconds: env.COUPON_REMINDER_LEAD_SECONDS },
  };
}

/** How the mail queue handles a reminder (lib/jobs/worker.ts registers it). */
export const reminderMail: MailKind<ReminderMail> = {
  async pending(mail) {
    const startsAt = new Date(mail.startsAt);
    const row = await db.reminderSubscription.findFirst({
      where: { id: BigInt(mail.subscriptionId), ...notSentFor(startsAt) },
      select: { event: true },
    });
    return row !== null && stillAnnounced(row.event, mail.startsAt);
  },
  compose(mail) {
    const lead = formatLead(mail.leadSeconds);
    return {
      to: mail.to,
      subject: couponReminderSubject(mail.title, mail.leadSeconds),
      body: CouponReminderMail({ title: mail.title, url: new URL(`/events/${mail.eventId}`, env.AUTH_URL).href, opensAt: formatDateTime(new Date(mail.startsAt)), lead }),
    };
  },
  async recordSent(mail) {
    await db.reminderSubscription.updateMany({ where: { id: BigInt(mail.subscriptionId) }, data: { sentAt: new Date(), sentFor: new Date(mail.startsAt) } });
  },
};
