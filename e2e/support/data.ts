// Direct access to the test run's PostgreSQL and Redis, for arranging state the UI cannot
// (an expired token) and for checking what the app wrote.
import { Redis } from "ioredis";
import pg from "pg";
import { testEnv } from "./env";

let pool: pg.Pool | undefined;
export function sql(): pg.Pool {
  return (pool ??= new pg.Pool({ connectionString: testEnv.databaseUrl, max: 4 }));
}

let redisClient: Redis | undefined;
export function redis(): Redis {
  return (redisClient ??= new Redis(testEnv.redisUrl));
}

export async function closeData(): Promise<void> {
  await pool?.end();
  pool = undefined;
  redisClient?.disconnect();
  redisClient = undefined;
}

/** Clears every rate-limit window, so one test's attempts do not throttle the next. */
export async function clearRateLimits(): Promise<void> {
  const keys = await redis().keys("rl:*");
  const cooldowns = await redis().keys("auth:verify-cooldown:*");
  if (keys.length + cooldowns.length) await redis().del(...keys, ...cooldowns);
}

export async function count(table: string, where = "true", params: unknown[] = []): Promise<number> {
  const { rows } = await sql().query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
  return rows[0]!.n;
}
