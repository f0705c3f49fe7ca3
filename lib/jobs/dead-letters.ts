import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { jobs } from "@/lib/jobs/boss";
import { mailJob, newsMailJob, QUEUES } from "@/lib/jobs/payloads";

export type DeadMail = { id: string; failedAt: Date; to: string; what: string; reason: string; tries: number };

const KIND_LABELS = { "coupon-reminder": "오픈 알림" } as const;

/**
 * Mail whose retries ran out, newest first, for 마케터 콘솔 → 메일 발송 실패. pg-boss copies a
 * job that failed for good into the dead-letter queue with its last error; nothing works that
 * queue, so its jobs wait there (30 days) to be read.
 */
export async function listDeadMail(limit = 100): Promise<DeadMail[]> {
  await jobs(); // pg-boss's tables exist once any process has started it
  // The schema is a checked PostgreSQL name (lib/env.ts), quoted.
  const table = Prisma.raw(`"${env.JOB_QUEUE_SCHEMA}".job`);
  const rows = await db.$queryRaw<{ id: string; created_on: Date; data: unknown; output: { message?: string } | null; retry_limit: number }[]>`
    SELECT id::text, created_on, data, output, retry_limit FROM ${table}
    WHERE name = ${QUEUES.deadMail} ORDER BY created_on DESC LIMIT ${limit}`;
  const parsed = rows.map((row) => {
    const mail = mailJob.safeParse(row.data).data?.mail ?? null;
    // A follower-news batch goes to its batch's members, not to one address.
    return { row, mail, news: mail ? undefined : newsMailJob.safeParse(row.data).data };
  });
  const newsIds = parsed.flatMap(({ news }) => (news ? [news.eventId] : []));
  const titles = new Map((await db.couponEvent.findMany({ where: { id: { in: newsIds } }, select: { id: true, title: true } })).map((e) => [e.id, e.title]));
  return parsed.map(({ row, mail, news }) => ({
    id: row.id,
    failedAt: row.created_on,
    to: mail?.to ?? (news ? `팔로워 묶음 ${news.batch + 1}` : "(알 수 없음)"),
    what: mail ? `${KIND_LABELS[mail.kind]} · ${mail.title}` : news ? `팔로워 소식 · ${titles.get(news.eventId) ?? "(지워진 이벤트)"}` : "(알 수 없는 메일)",
    reason: row.output?.message ?? "(사유 없음)",
    tries: row.retry_limit + 1,
  }));
}
