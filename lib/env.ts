import "server-only";
import { z } from "zod";
import { productionRefusals } from "@/lib/env-production";
import { parseQuietHours } from "@/lib/mail/quiet-hours";

const url = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

/**
 * Everything the app reads from its environment. Production points these at PostgreSQL,
 * Upstash, Resend and Kakao; dev and CI point them at the local stand-ins (scripts/dev.ts,
 * scripts/test.ts). The app itself never knows which.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" }),
  /** Connections per instance. Behind a pooler (PgBouncer, Neon, Supabase) keep it small. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)"),
  /** The app's public origin, e.g. https://comegongbang.kr. Links in mail point here. */
  AUTH_URL: url,
  AUTH_KAKAO_ID: z.string().min(1),
  AUTH_KAKAO_SECRET: z.string().min(1),
  /** Where Kakao's OAuth and API live; a single base serves both hosts' paths. */
  AUTH_KAKAO_BASE_URL: url.optional(),
  UPSTASH_REDIS_REST_URL: url,
  UPSTASH_REDIS_REST_TOKEN: z.string().min(1),
  RESEND_API_KEY: z.string().startsWith("re_", "must be a Resend API key (re_…)"),
  /** Read by the resend SDK itself; listed so a typo fails here. */
  RESEND_BASE_URL: url.optional(),
  MAIL_FROM: z.string().min(3),
  /** Toss Payments: the client key opens the payment window, the secret key confirms and cancels. */
  TOSS_CLIENT_KEY: z.string().min(1),
  TOSS_SECRET_KEY: z.string().min(1),
  /** Toss's API base (confirm, cancel, look-ups); unset = https://api.tosspayments.com. */
  TOSS_API_URL: url.default("https://api.tosspayments.com"),
  /**
   * Toss's JS SDK, which the payment page (/checkout/pay) loads to open the payment window; its
   * origin is the one script origin that page's CSP adds. Unset = Toss's own; locally the
   * stand-in's look-alike (scripts/stand-ins/toss-payments.ts), so the page's code is the same.
   */
  TOSS_SDK_URL: url.default("https://js.tosspayments.com/v2/standard"),
  /**
   * Proxies in front of the app that append the client to X-Forwarded-For (load balancer, CDN).
   * 0: clients connect directly, their socket address counts. N: the address the N-th proxy
   * from the app saw (lib/client-ip.ts). Too high lets clients choose their address; too low
   * puts everyone behind a proxy into one rate-limit bucket.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * 선착순 claims admitted per second per event, by the whole deployment (the waiting room,
   * lib/coupons/waiting-room.ts); beyond it a claim waits in line (202). Fixed rather than
   * adaptive: the app cannot see how many instances run, and latency measured by one instance
   * moves with its neighbours' load. Default 100: two instances on a 2-core machine issue
   * 165–369 claims/s in the bench (bench/README.md), and the waiting members' polls need the
   * rest. Scale it with the instances (about 50 per core).
   */
  COUPON_ADMISSION_RATE: z.coerce.number().int().min(1).max(100_000).default(100),
  /** 오픈 알림: the reminder mail goes out this many seconds before an event opens (tests: a few). */
  COUPON_REMINDER_LEAD_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
  /**
   * The job queue's mail (lib/jobs): a send that Resend refuses or cannot take is tried again
   * after about DELAY·2^n seconds (n = 1, 2, …, jittered), LIMIT times, then kept in the
   * dead-letter queue for 마케터 콘솔 → 메일 발송 실패. The defaults ride out ~40 minutes of outage.
   */
  MAIL_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(8),
  MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3_600).default(5),
  /**
   * A queued mail whose worker died or hangs is given to another worker this long after it was
   * taken (a follower-news batch, up to 100 mails, twice as long); workers look for such jobs
   * every half of it, at most every 30 s. Far above a send's time, so a slow send is not repeated.
   */
  MAIL_JOB_TIMEOUT_SECONDS: z.coerce.number().int().min(2).max(3_600).default(60),
  /**
   * PostgreSQL schema of the job queue (pg-boss). The app and the workers of one deployment must
   * agree; a second deployment on the same database (staging beside production, or a test that
   * runs workers of its own) takes a schema of its own, so neither takes the other's jobs.
   */
  JOB_QUEUE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, "must be a lower-case PostgreSQL name")
    .default("pgboss"),
  /**
   * Advertising mail is held 21:00–08:00 KST (정보통신망법 §50): `on`, or a wider window of KST
   * hours such as `20-09`. `off` only for mail that reaches nobody: the test stack, whose outbox
   * catches everything, so tests need not wait for 08:00. Production refuses `off` and windows
   * that miss some of 21–08 unless mail goes to a local outbox (lib/env-production.ts).
   */
  ADVERTISING_QUIET_HOURS: z
    .string()
    .default("on")
    .transform((value, ctx) => {
      const window = parseQuietHours(value);
      if (window !== undefined) return window;
      ctx.addIssue({ code: "custom", message: "must be on, off or KST hours from-until such as 20-09" });
      return z.NEVER;
    }),
  /** A deployment's permission for http and private hosts in production (lib/env-production.ts). */
  ALLOW_LOCAL_SERVICES: z.enum(["0", "1"]).optional(),
});

type Env = z.infer<typeof schema>;

/** Parses process.env once; throws one readable message listing every bad variable. */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = schema.safeParse(source);
  const problems = result.success
    ? productionRefusals(source)
    : result.error.issues.map((issue) => {
        const name = issue.path.join(".");
        return { name, message: source[name] === undefined ? "missing" : issue.message };
      });
  if (result.success && !problems.length) return result.data;
  const lines = problems.map(({ name, message }) => `  - ${name}: ${message}`);
  throw new Error(`Invalid environment (see README → Environment):\n${lines.join("\n")}`);
}

export const env: Env = parseEnv(process.env);
