import "server-only";
import type PgBoss from "pg-boss";
import { startBoss } from "@/lib/jobs/boss";
import { runMailJob, type MailKinds } from "@/lib/jobs/mail";
import { newsJob, newsMailJob, QUEUES, reminderJob } from "@/lib/jobs/payloads";
import { fanOutFollowerNews, sendFollowerNewsBatch } from "@/lib/follower-news";
import { settleLapsedOrders } from "@/lib/orders/settle";
import { fanOutReminders, reminderMail } from "@/lib/reminders";

/** Every kind of queued mail and how it is checked and recorded. */
export const MAIL_KINDS: MailKinds = { "coupon-reminder": reminderMail };

/** Mail jobs one worker takes per poll and sends side by side. */
const MAIL_BATCH = 10;
/** How often an idle worker asks for due jobs (pg-boss polls; 0.5 s is its floor). */
const POLL_SECONDS = 1;
/**
 * Resend's default rate limit is 2 requests per second per team: a worker sends one follower-news
 * batch (one request) at a time and starts the next no sooner than this after the last began.
 */
const NEWS_REQUEST_INTERVAL_MS = 500;

/** Unpaid orders past their pay-by are settled every minute (pg-boss cron; a minute is its finest step). */
export const SETTLE_ORDERS_CRON = "* * * * *";

export type Worker = { boss: PgBoss; stop(): Promise<void> };

/**
 * Starts one worker: its own pg-boss, polling the reminder, mail and order-settling queues, and
 * (re)writing the settling schedule, which pg-boss keeps in the database. Any number may run,
 * in one process or many: pg-boss hands each job to one worker at a time (SKIP LOCKED), and the
 * mail path is safe even when a job is taken twice (lib/reminders.ts, lib/jobs/mail.ts).
 */
export async function startWorker(): Promise<Worker> {
  const boss = await startBoss({ worker: true });

  await boss.work(QUEUES.reminders, { pollingIntervalSeconds: POLL_SECONDS }, async ([job]) => {
    if (job) return { mails: await fanOutReminders(reminderJob.parse(job.data)) };
  });

  // A batch's mails fail one by one: a failed one is failed here (retried with backoff, then the
  // dead-letter queue); pg-boss then completes the rest, leaving the failed ones as they are.
  await boss.work(QUEUES.mail, { pollingIntervalSeconds: POLL_SECONDS, batchSize: MAIL_BATCH }, async (batch) => {
    await Promise.all(
      batch.map(async (job) => {
        try {
          await runMailJob(job.data, MAIL_KINDS);
        } catch (error) {
          console.warn(`[jobs] mail job ${job.id} failed: ${(error as Error).message}`);
          await boss.fail(QUEUES.mail, job.id, error as Error);
        }
      }),
    );
  });

  await boss.work(QUEUES.news, { pollingIntervalSeconds: POLL_SECONDS }, async ([job]) => {
    if (job) return await fanOutFollowerNews(newsJob.parse(job.data));
  });

  // One batch per fetch (batchSize 1): a failure fails that batch alone, retried with backoff.
  let lastNewsRequest = 0;
  await boss.work(QUEUES.newsMail, { pollingIntervalSeconds: POLL_SECONDS, batchSize: 1 }, async ([job]) => {
    if (!job) return;
    const wait = lastNewsRequest + NEWS_REQUEST_INTERVAL_MS - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    lastNewsRequest = Date.now();
    return await sendFollowerNewsBatch(newsMailJob.parse(job.data));
  });

  // A lapsed order gives its stock and coupon back, or becomes PAID if Toss took the money but
  // our confirm never recorded it; settleLapsedOrders is safe to run twice at once (settle.ts).
  await boss.schedule(QUEUES.settleOrders, SETTLE_ORDERS_CRON);
  // A run's tally is kept as the job's output; the handler passes no arguments on purpose.
  await boss.work(QUEUES.settleOrders, { pollingIntervalSeconds: POLL_SECONDS }, () => settleLapsedOrders());

  return { boss, stop: () => boss.stop({ graceful: true, timeout: 10_000, wait: true }) };
}

