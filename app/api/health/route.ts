import { db } from "@/lib/db";
import { apiRoute, json } from "@/lib/http";
import { redis } from "@/lib/redis";

/** For load balancers: 200 when this instance can reach PostgreSQL and Redis, else 503. */
export const GET = apiRoute(async () => {
  await Promise.all([db.$queryRaw`SELECT 1`, redis.ping()]);
  return json({ ok: true });
});
