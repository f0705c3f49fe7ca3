import "server-only";
import { Redis } from "@upstash/redis";
import { env } from "@/lib/env";

/**
 * The one Upstash client. Every call has a time budget: a slow or unreachable Redis makes the
 * request fail fast (and the route answer 503) instead of hanging the visitor.
 */
const REDIS_TIMEOUT_MS = 1_500;

export const redis = new Redis({
  url: env.UPSTASH_REDIS_REST_URL,
  token: env.UPSTASH_REDIS_REST_TOKEN,
  // A function, so every request gets a fresh timeout and an abort throws instead of
  // resolving to a fake "Aborted" result.
  signal: () => AbortSignal.timeout(REDIS_TIMEOUT_MS),
  retry: { retries: 1, backoff: () => 50 },
  // Not the client's default "no-store": inside a page Next.js takes that as "render per
  // request" and a cached page (the event page, ISR) fails with DYNAMIC_SERVER_USAGE. "default"
  // is no cache option to Next.js: every request is still sent, and no answer kept.
  cache: "default",
  // Values are stored as given; callers parse with zod where the shape matters.
  automaticDeserialization: false,
  enableTelemetry: false,
  // Commands issued in the same tick share one HTTP request (the client's default, stated here).
  // On the claim and 찜/follow paths a request's commands run one after another, so it saves no
  // round trip there (2 gateway requests per claim, on or off). bench --quick, 2026-12-01, on a
  // machine shared with other test runs, on vs off: claims 62 vs 74 req/s, sold-out storm 110
  // vs 70, toggles 75 vs 70, while /api/health beside them moved 70 vs 123: noise. Kept, as
  // nothing measured against it.
  enableAutoPipelining: true,
});

/**
 * HMGET as the wire answers it: values in field order. (The client's types describe its
 * deserializing mode, which maps them to an object; this client keeps raw replies.)
 */
export async function hmgetValues(key: string, ...fields: [string, ...string[]]): Promise<(string | null)[]> {
  const values = (await redis.hmget(key, ...fields)) as unknown as (string | null)[] | null;
  return values ?? fields.map(() => null);
}
