import { db } from "@/lib/db";
import { apiRoute, json } from "@/lib/http";
import { redis } from "@/lib/redis";
import { renderCount } from "@/lib/render-count";

/**
 * For load balancers: 200 when this instance can reach PostgreSQL and Redis, else 503. `renders`
 * is this instance's page renders so far (lib/render-count.ts), which the bench reads around a load.
 */
export const GET = apiRoute(async () => {
  await Promise.all([db.$queryRaw`SELECT 1`, redis.ping()]);
  return json({ ok: true, renders: renderCount() });
});
