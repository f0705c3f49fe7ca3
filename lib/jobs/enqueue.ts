import "server-only";
import { jobIdOf, jobs } from "@/lib/jobs/boss";
import { QUEUES, type MailJob, type ReminderJob } from "@/lib/jobs/payloads";

/** pg-boss inserts a list of jobs in one statement; this many per statement. */
const INSERT_CHUNK = 500;

/**
 * Schedules an event's reminder fan-out for `remindAt`. Keyed by event and start time: while such
 * a job waits, scheduling it again adds nothing; a new start time is a new key (the old job then
 * finds the event moved and does nothing).
 */
export async function scheduleReminderFanOut(job: ReminderJob, remindAt: Date): Promise<void> {
  const boss = await jobs();
  await boss.send(QUEUES.reminders, job, { startAfter: remindAt, singletonKey: `${job.eventId}:${job.startsAt}` });
}

/**
 * Queues mails, each sent once by whichever worker takes it (retried with backoff, then the
 * dead-letter queue). A mail's job id comes from its idempotency key, so queueing the same mail
 * twice queues it once. `startAfter` holds them (e.g. advertising until 08:00 KST).
 */
export async function enqueueMails(mails: MailJob[], opts: { startAfter?: Date } = {}): Promise<void> {
  if (mails.length === 0) return;
  const boss = await jobs();
  const startAfter = opts.startAfter?.toISOString();
  for (let i = 0; i < mails.length; i += INSERT_CHUNK) {
    await boss.insert(mails.slice(i, i + INSERT_CHUNK).map((data) => ({ id: jobIdOf(data.idempotencyKey), name: QUEUES.mail, data, startAfter })));
  }
}
