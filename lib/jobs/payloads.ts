// The job queue's names and what each job carries (lib/jobs). Pure: the queues' payloads are
// checked with these schemas when a worker takes a job, so a job written by an older or newer
// release that no longer fits fails loudly (and lands in the dead-letter queue) instead of
// sending something half-filled.
import * as z from "zod/mini";

export const QUEUES = {
  /** One job per event and start time, due at startsAt − COUPON_REMINDER_LEAD_SECONDS: fans out the 오픈 알림 mails. */
  reminders: "coupon-reminders",
  /** One job per mail: sent with its idempotency key, retried with backoff. */
  mail: "mail",
  /** One job per follower coupon: writes every follower's 마이페이지 알림 and queues the news mail batches (lib/follower-news.ts). */
  news: "follower-news",
  /** One job per batch of follower-news mail (≤ 100 members): one Resend batch request under one key. */
  newsMail: "follower-news-mail",
  /** Mail whose retries ran out, with the last failure; read by 마케터 콘솔 → 메일 발송 실패. */
  deadMail: "mail-dead",
  /** Sent every minute by pg-boss's cron (SETTLE_ORDERS_CRON): settles unpaid orders past their pay-by (lib/orders/settle.ts). */
  settleOrders: "settle-orders",
} as const;

const instant = z.iso.datetime({ offset: true });

/** A reminder fan-out: which event, and the start time it was scheduled for (a moved event's old job finds another and does nothing). */
export const reminderJob = z.object({ eventId: z.number(), startsAt: instant });
export type ReminderJob = z.infer<typeof reminderJob>;

/** A follower coupon to announce: which event (the fan-out reads everything else from the database). */
export const newsJob = z.object({ eventId: z.number() });
export type NewsJob = z.infer<typeof newsJob>;

/**
 * One batch of follower news: the event and the batch number its members were given when their
 * notifications were written. What the mail shows is read from the event when the batch goes, so
 * a batch held overnight carries the terms an edit gave the coupon since (lib/follower-news.ts).
 */
export const newsMailJob = z.object({ eventId: z.number(), batch: z.number() });
export type NewsMailJob = z.infer<typeof newsMailJob>;

/** The 오픈 알림 mail to one subscriber: everything the mail shows, so every try renders the same bytes. */
const couponReminderMail = z.object({
  kind: z.literal("coupon-reminder"),
  subscriptionId: z.string(),
  to: z.string(),
  eventId: z.number(),
  title: z.string(),
  startsAt: instant,
  leadSeconds: z.number(),
});

/** Every kind of queued mail; a new kind (follower news) adds its schema here and its handler in lib/jobs/worker.ts. */
const queuedMail = z.discriminatedUnion("kind", [couponReminderMail]);

export const mailJob = z.object({
  /** Sent to Resend as Idempotency-Key: one key, at most one delivered mail. */
  idempotencyKey: z.string().check(z.minLength(1), z.maxLength(256)),
  mail: queuedMail,
});
export type MailJob = z.infer<typeof mailJob>;
export type QueuedMail = MailJob["mail"];
export type MailKindName = QueuedMail["kind"];
