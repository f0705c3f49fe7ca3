import "server-only";
import { createHash } from "node:crypto";
import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { QUEUES } from "@/lib/jobs/payloads";

/**
 * The queues and their rules. `short` on the reminders: at most one waiting job per singleton key
 * (event and start time), so scheduling again (every edit, every subscription) adds nothing while
 * one waits, yet a new one can be added once it has started (lib/reminders.ts relies on this).
 * A mail job whose worker died is failed by timeout (expire, MAIL_JOB_TIMEOUT_SECONDS) and
 * retried like any failure.
 */
function queueDefinitions(): (PgBoss.Queue & { name: string })[] {
  return [
    { name: QUEUES.deadMail, policy: "standard", retentionMinutes: 30 * 24 * 60 },
    {
      name: QUEUES.mail,
      policy: "standard",
      retryLimit: env.MAIL_RETRY_LIMIT,
      retryDelay: env.MAIL_RETRY_DELAY_SECONDS,
      retryBackoff: true,
      expireInSeconds: env.MAIL_JOB_TIMEOUT_SECONDS,
      deadLetter: QUEUES.deadMail,
    },
    { name: QUEUES.reminders, policy: "short", retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds: 300 },
    { name: QUEUES.news, policy: "standard", retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds: 300 },
    {
      name: QUEUES.newsMail,
      policy: "standard",
      retryLimit: env.MAIL_RETRY_LIMIT,
      retryDelay: env.MAIL_RETRY_DELAY_SECONDS,
      retryBackoff: true,
      // A batch is up to 100 mails in one request, paced (lib/jobs/worker.ts).
      expireInSeconds: 2 * env.MAIL_JOB_TIMEOUT_SECONDS,
      deadLetter: QUEUES.deadMail,
    },
    // `stately`: at most one run waiting and one running, so a slow run never piles up minutes
    // behind it. No retries: the next minute's run is the retry.
    { name: QUEUES.settleOrders, policy: "stately", retryLimit: 0, expireInSeconds: 300 },
  ];
}

/**
 * A started pg-boss on the app's database (its schema installed or migrated on the way, under
 * pg-boss's own advisory lock, so N processes may start at once) with every queue created.
 * Workers also supervise (they fail jobs whose worker died and archive finished ones) and keep
 * the clock: pg-boss's cron sends each schedule's job once a minute, however many workers run.
 */
export async function startBoss({ worker }: { worker: boolean }): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: env.DATABASE_URL,
    // Its tables sit in a schema of their own (JOB_QUEUE_SCHEMA, default `pgboss`), beside the app's.
    schema: env.JOB_QUEUE_SCHEMA,
    max: worker ? 4 : 2,
    application_name: worker ? "comegongbang-worker" : "comegongbang-app",
    supervise: worker,
    // Timed-out jobs are found by this maintenance: at least twice per mail timeout.
    maintenanceIntervalSeconds: Math.min(30, Math.floor(env.MAIL_JOB_TIMEOUT_SECONDS / 2)),
    schedule: worker,
  });
  boss.on("error", (error) => console.error("[jobs]", error.message));
  await boss.start();
  for (const queue of queueDefinitions()) await createQueue(boss, queue);
  return boss;
}

const DEADLOCK = "40P01";

/**
 * Creates the queue if it is missing and sets its rules. Processes starting together on a new
 * database can deadlock in pg-boss's create_queue (each inserts a queue row and attaches a
 * partition); PostgreSQL then aborts one of them, which tries again (creating is idempotent).
 */
async function createQueue(boss: PgBoss, queue: PgBoss.Queue & { name: string }): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await boss.createQueue(queue.name, queue);
      await boss.updateQueue(queue.name, queue);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== DEADLOCK || attempt === 5) throw error;
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 250 * attempt));
    }
  }
}

const holder = globalThis as unknown as { jobs?: Promise<PgBoss> };

/** This process's pg-boss for adding jobs, started on first use (a failed start is tried again next time). */
export function jobs(): Promise<PgBoss> {
  holder.jobs ??= startBoss({ worker: false }).catch((error: unknown) => {
    holder.jobs = undefined;
    throw error;
  });
  return holder.jobs;
}

/**
 * A job id derived from a key: the same key always names the same job, and pg-boss inserts a job
 * whose id exists with ON CONFLICT DO NOTHING, so adding it twice (a fan-out run again after a
 * crash) adds it once.
 */
export function jobIdOf(key: string): string {
  const hex = createHash("sha256").update(key).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
