// The parts a test run talks to, all owned by the run: a fresh test database, a flushed Redis
// database, every stand-in on ports of its own (so a running `npm run dev` is untouched), and
// two job workers (npm run worker) on that database and outbox.
// Tests never reach a configured vendor: vendor variables from the shell are ignored.
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { dropDatabase, migrate, seed } from "../lib/database.ts";
import { localDefaults, type LocalEnv, type LocalPorts } from "../lib/local-env.ts";
import { startMissingStandIns, type StandIns } from "../lib/stand-ins.ts";
import { startWorkers } from "../lib/worker-process.ts";

/**
 * TEST_SLOT=N (0–5, default 0) gives a run its own ports, database and Redis db, so several
 * test runs (a developer's and a helper's, or two branches) can share one machine.
 */
const slot = Number(process.env.TEST_SLOT ?? 0);
if (!Number.isInteger(slot) || slot < 0 || slot > 5) throw new Error(`TEST_SLOT must be 0–5, not ${process.env.TEST_SLOT}`);
export const TEST_PORTS: LocalPorts = { app: 3100 + slot * 10, upstash: 18079 + slot * 100, mail: 18025 + slot * 100, kakao: 18090 + slot * 100, toss: 18070 + slot * 100 };
export const TEST_REDIS_URL = `redis://127.0.0.1:6379/${15 - slot}`;
export const TEST_DATABASE = slot ? `gongbang_test_${slot}` : "gongbang_test";
/** Where this slot's production build goes (next.config.ts reads NEXT_DIST_DIR). */
export const TEST_DIST_DIR = slot ? `.next-test-${slot}` : undefined;

const VENDOR_VARIABLES = /^(DATABASE_URL|AUTH_|UPSTASH_|RESEND_|MAIL_FROM|TOSS_)/;

export type TestStack = { env: LocalEnv; standIns: StandIns; stop(): Promise<void> };

export type StackOptions = {
  /** Drop and re-create the database and flush the Redis db (default true). */
  freshData?: boolean;
  /** Defaults: the test run's own (TEST_PORTS, TEST_REDIS_URL, TEST_DATABASE); the benchmark passes its own. */
  ports?: LocalPorts;
  redisUrl?: string;
  database?: string;
  /** Job worker processes (npm run worker) running beside the tests; default 2, so every test meets more than one. */
  workers?: number;
};

export async function startTestStack(opts: StackOptions = {}): Promise<TestStack> {
  const ports = opts.ports ?? TEST_PORTS;
  const redisUrl = opts.redisUrl ?? TEST_REDIS_URL;
  const env: LocalEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && !VENDOR_VARIABLES.test(key)) env[key] = value;
  Object.assign(env, localDefaults({ ports, database: opts.database ?? TEST_DATABASE }), {
    NEXT_TELEMETRY_DISABLED: "1",
    TEST_REDIS_URL: redisUrl,
    // The production build runs against the stand-ins (http, 127.0.0.1): a deployment's
    // permission, not a test mode. Its secret is its own; production refuses the dev one.
    ALLOW_LOCAL_SERVICES: "1",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    // Seconds, not minutes, so tests watch a reminder and a mail's retries arrive.
    COUPON_REMINDER_LEAD_SECONDS: "4",
    MAIL_RETRY_LIMIT: "2",
    MAIL_RETRY_DELAY_SECONDS: "1",
    // Follower news arrives whenever tests run. The night hold is tested with a given clock
    // (lib/follower-news.test.ts) and by a deployment of its own that keeps quiet hours holding
    // the moment it runs (e2e/follower-news.spec.ts, e2e/support/own-deployment.ts).
    ADVERTISING_QUIET_HOURS: "off",
  });
  if (opts.freshData !== false) {
    const redis = new Redis(redisUrl, { lazyConnect: true });
    await redis.connect();
    await redis.flushdb();
    redis.disconnect();
    await dropDatabase(env.DATABASE_URL!);
    await migrate(env);
    await seed(env);
  }
  const standIns = await startMissingStandIns(env, { ports, redisUrl });
  Object.assign(env, standIns.env, { TEST_STACK: "1" });
  const workers = startWorkers(env, opts.workers ?? 2, { quiet: true });
  const stop = async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await standIns.stop();
  };
  return { env, standIns, stop };
}
