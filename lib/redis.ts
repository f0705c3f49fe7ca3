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
  // Values are stored as given; callers parse with zod where the shape matters.
  automaticDeserialization: false,
  enableTelemetry: false,
});

/**
 * HMGET as the wire answers it: values in field order. (The client's types describe its
 * deserializing mode, which maps them to an object; this client keeps raw replies.)
 */
export async function hmgetValues(key: string, ...fields: [string, ...string[]]): Promise<(string | null)[]> {
  const values = (await redis.hmget(key, ...fields)) as unknown as (string | null)[] | null;
  return values ?? fields.map(() => null);
}
