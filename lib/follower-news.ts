import "server-only";
// Follower news: when an owner schedules a follower coupon, every follower of the atelier gets a
// 마이페이지 알림, and those who agreed to 광고성 정보 수신 one advertising mail, sent through the
// job queue in batches (Resend's batch endpoint: up to 100 mails per request).
//
// Rate: we assume Resend's default limit, 2 requests per second per team. A batch is one request
// of up to NEWS_BATCH_SIZE mails, and each worker sends one batch at a time, at most one request
// per NEWS_REQUEST_INTERVAL_MS (lib/jobs/worker.ts): one worker stays at 2 requests (200 mails)
// per second. Several workers may go beyond it; Resend then answers 429, which fails the job and
// pg-boss retries it with backoff (like any Resend failure).
//
// Invariant: each follower gets at most one news mail per event, and every follower who agreed
// when the fan-out ran gets one unless they withdraw consent or the event is cancelled, closed or
// sold out before it goes, however many workers run and whatever crashes. How it holds:
// - one fan-out job per event (job id from `news:{eventId}`). It writes every follower's
//   notification in one INSERT … ON CONFLICT DO NOTHING statement, and in the same statement puts
//   each member who may be mailed into a fixed batch (mail_batch); a row is written once, so a
//   member is in one batch for good, and a fan-out run again only adds followers it had not seen;
// - a batch job sends the rows of its batch not yet mailed, still consenting, under the
//   idempotency key `news:{eventId}:{batch}`, then records them mailed in one statement. Run again
//   (a crash between sending and recording, a job taken twice), it sends the same request again,
//   which Resend answers from the first delivery, or another one (consent withdrawn since: the
//   set of a batch only shrinks, nobody joins a batch after the fan-out; or the coupon edited
//   since: the mail shows its terms as they are when the batch goes), which Resend refuses as
//   another body under a used key (409): the first request already delivered to all of them;
// - the event is asked first: a cancelled, closed or sold-out event sends nothing; advertising
//   rules (decideAdvertisingMail) are asked for each member when the batch runs: in the quiet
//   hours (ADVERTISING_QUIET_HOURS, 21:00–08:00 KST) the batch is queued again for their end;
// - one mail per coupon: an edit before opening sends none (followerCouponEdited). A batch still
//   to go carries the new terms; the notifications already written become unread again and say
//   the terms changed, which is how a follower mailed the old terms hears of the new ones.
import { phaseOfRow } from "@/lib/coupons/phase";
import { conditionsLabel, discountLabel, periodLabel } from "@/lib/coupons/terms";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { CouponEvent } from "@/lib/generated/prisma/client";
import { enqueueNewsBatches, enqueueNewsFanOut } from "@/lib/jobs/enqueue";
import type { NewsJob, NewsMailJob } from "@/lib/jobs/payloads";
import { decideAdvertisingMail } from "@/lib/mail/advertising";
import { followerNewsDraft, type NewsContent } from "@/lib/mail/follower-news";
import { quietHoursEnd, type QuietHours } from "@/lib/mail/quiet-hours";
import { deliverBatch, type BatchMail } from "@/lib/mail/send";
import { unsubscribeLinks } from "@/lib/mail/unsubscribe";

/** Resend's batch endpoint takes at most 100 mails per request. */
export const NEWS_BATCH_SIZE = 100;

/** A follower coupon was scheduled: queue its news (once per event, however often this is called). */
export async function announceFollowerCoupon(event: { id: number; atelierId: number | null }): Promise<void> {
  if (event.atelierId !== null) await enqueueNewsFanOut({ eventId: event.id });
}

type EventRow = { id: number; startsAt: Date; endsAt: Date; closedAt: Date | null; totalQuantity: number };

/** Worth telling followers about: not cancelled, closed, over or sold out. */
async function stillClaimable(event: EventRow, now: Date): Promise<boolean> {
  const issued = await db.coupon.count({ where: { eventId: event.id } });
  const phase = phaseOfRow(event, issued, now.getTime());
  return phase === "SCHEDULED" || phase === "OPEN";
}

/** When the worker acts, and the quiet hours it keeps (ADVERTISING_QUIET_HOURS, null = off; tests pass their own). */
export type NewsClock = { now: Date; quietHours: QuietHours | null };
const clockNow = (): NewsClock => ({ now: new Date(), quietHours: env.ADVERTISING_QUIET_HOURS });

type NewsTerms = Pick<CouponEvent, "title" | "discountType" | "discountValue" | "maxDiscount" | "minOrderAmount" | "startsAt" | "endsAt" | "closedAt">;

/** What the news mail shows of a coupon: its terms as they are now. */
function newsContent(event: NewsTerms, atelierName: string): NewsContent {
  return { title: event.title, atelierName, discount: discountLabel(event), conditions: conditionsLabel(event), period: periodLabel(event) };
}

/**
 * A follower coupon was edited before opening. No second mail (one per coupon): a batch still to
 * go reads the new terms when it goes. When what followers were told changed (the discount, its
 * conditions, the period), the notifications already written become unread again, marked
 * changed: the header's badge brings followers back to 알림, which shows the new terms.
 */
export async function followerCouponEdited(before: NewsTerms & { id: number; atelierId: number | null }, after: NewsTerms): Promise<void> {
  if (before.atelierId === null) return;
  const told = (e: NewsTerms) => [discountLabel(e), conditionsLabel(e), periodLabel(e)].join("\n");
  if (told(before) === told(after)) return;
  await db.notification.updateMany({ where: { eventId: before.id }, data: { readAt: null, changedAt: new Date() } });
}

export type FanOutResult = { notified: number; batches: number };

/**
 * The fan-out job: every follower's notification (one statement), then one mail job per batch
 * still to send, due now or, at night, at 08:00 KST.
 */
export async function fanOutFollowerNews(job: NewsJob, { now, quietHours } = clockNow()): Promise<FanOutResult> {
  const event = await db.couponEvent.findUnique({ where: { id: job.eventId } });
  if (!event?.atelierId || !(await stillClaimable(event, now))) return { notified: 0, batches: 0 };
  // Followers without a row get one; those who may be mailed now are numbered into batches after
  // the ones an earlier run made (base), in member id order. ON CONFLICT: a follower's row is
  // written once, even by two runs at the same time.
  const notified = await db.$executeRaw`
    WITH base AS (SELECT coalesce(max(mail_batch) + 1, 0) AS n FROM notifications WHERE event_id = ${event.id}),
    fresh AS (
      SELECT f.user_id, (m.marketing_consent_at IS NOT NULL AND m.email IS NOT NULL) AS mailable
      FROM follows f JOIN members m ON m.id = f.user_id
      WHERE f.atelier_id = ${event.atelierId}
        AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = f.user_id AND n.event_id = ${event.id})
    )
    INSERT INTO notifications (user_id, event_id, mail_batch)
    SELECT user_id, ${event.id},
      CASE WHEN mailable THEN (SELECT n FROM base) + (row_number() OVER (PARTITION BY mailable ORDER BY user_id) - 1) / ${NEWS_BATCH_SIZE}::int END
    FROM fresh
    ON CONFLICT (user_id, event_id) DO NOTHING`;
  const pending = await db.notification.findMany({
    where: { eventId: event.id, mailBatch: { not: null }, mailedAt: null },
    distinct: ["mailBatch"],
    select: { mailBatch: true },
  });
  const batches = pending.map(({ mailBatch }) => ({ eventId: event.id, batch: mailBatch ?? 0 }));
  await enqueueNewsBatches(batches, { startAfter: (quietHours && quietHoursEnd(now, quietHours)) || undefined, reason: "fan-out" });
  return { notified, batches: batches.length };
}

export type BatchResult = { sent: number; heldUntil: Date | null };

/**
 * One batch job: the members of the batch not yet mailed, each asked of decideAdvertisingMail
 * (consent now, quiet hours), sent as one Resend batch under the batch's key with the coupon's
 * terms as they are now, then recorded.
 */
export async function sendFollowerNewsBatch(job: NewsMailJob, { now, quietHours } = clockNow()): Promise<BatchResult> {
  const event = await db.couponEvent.findUnique({ where: { id: job.eventId }, include: { atelier: { select: { name: true } } } });
  if (!event?.atelier || !(await stillClaimable(event, now))) return { sent: 0, heldUntil: null };
  const rows = await db.notification.findMany({
    where: { eventId: job.eventId, mailBatch: job.batch, mailedAt: null },
    orderBy: { memberId: "asc" },
    select: { id: true, memberId: true, member: { select: { email: true, marketingConsentAt: true } } },
  });
  const draft = followerNewsDraft(newsContent(event, event.atelier.name), new URL(`/events/${job.eventId}`, env.AUTH_URL).href);
  const sending: { id: bigint; mail: BatchMail }[] = [];
  for (const row of rows) {
    const decision = decideAdvertisingMail({ recipient: row.member, draft, links: unsubscribeLinks(row.memberId), mailFrom: env.MAIL_FROM, now, quietHours });
    if (decision.action === "hold") {
      // Quiet hours hold everyone alike: the whole batch goes at 08:00 KST. A new job (its id
      // names when it was held): more than one job for a batch is harmless (see above).
      await enqueueNewsBatches([job], { startAfter: decision.until, reason: `held-at-${now.toISOString()}` });
      return { sent: 0, heldUntil: decision.until };
    }
    if (decision.action === "send") sending.push({ id: row.id, mail: decision.mail });
  }
  if (sending.length === 0) return { sent: 0, heldUntil: null };
  await deliverBatch(
    sending.map((s) => s.mail),
    `news:${job.eventId}:${job.batch}`,
  );
  await db.notification.updateMany({ where: { id: { in: sending.map((s) => s.id) } }, data: { mailedAt: now } });
  return { sent: sending.length, heldUntil: null };
}
