import "server-only";
import { jobIdOf, jobs } from "@/lib/jobs/boss";
import { QUEUES, type MailJob, type NewsJob, type NewsMailJob, type ReminderJob } from "@/lib/jobs/payloads";

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

/** Queues a follower coupon's news fan-out; one job per event, however often this is called. */
export async function enqueueNewsFanOut(job: NewsJob): Promise<void> {
  const boss = await jobs();
  await boss.insert([{ id: jobIdOf(`news:${job.eventId}`), name: QUEUES.news, data: job }]);
}

/**
 * Queues follower-news batches, due at `startAfter` (08:00 KST for news written at night). A
 * job's id comes from (event, batch, due time, reason): queued again for the same reason, a batch
 * exists once. More than one job for a batch is harmless (lib/follower-news.ts): a later one finds
 * the batch recorded sent, or sends the same request under the same idempotency key.
 */
export async function enqueueNewsBatches(batches: NewsMailJob[], opts: { startAfter?: Date; reason: string }): Promise<void> {
  if (batches.length === 0) return;
  const boss = await jobs();
  const due = opts.startAfter?.toISOString();
  for (let i = 0; i < batches.length; i += INSERT_CHUNK) {
    await boss.insert(
      batches
        .slice(i, i + INSERT_CHUNK)
        .map((data) => ({ id: jobIdOf(`news:${data.eventId}:${data.batch}:${due ?? "now"}:${opts.reason}`), name: QUEUES.newsMail, data, startAfter: due })),
    );
  }
}
