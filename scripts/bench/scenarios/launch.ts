// Scenario 4 (issue #15 item 6): the opening second of a 선착순 event. Every member arrives
// within it, loads the event page and presses 쿠폰 받기, then follows Retry-After until decided;
// the figures come from the answers, the coupons rows and the server's admission record.
import os from "node:os";
import { Redis } from "ioredis";
import type { LocalEnv } from "../../lib/local-env.ts";
import { runFlows, type Flow } from "../flows.ts";
import { seededRandom } from "../load.ts";
import { sql, type BenchMember } from "../members.ts";
import { summariseLaunch, type CouponRow, type LaunchSummary } from "../report-launch.ts";
import { createEvent } from "./claims.ts";

export type LaunchSizes = { members: number; coupons: number; arrivalMs: number; sockets: number };
export type LaunchRun = { label: string; sizes: LaunchSizes; admissionRate: number; durationSeconds: number; loadAverage: { before: number[]; after: number[] }; summary: LaunchSummary };

/** The admission record's keys, as lib/redis-keys.ts names them (server-only there, so not importable here). */
const recordKeys = (eventId: number) => ({ admissions: `{coupon:${eventId}}:admissions`, arrivals: `{coupon:${eventId}}:arrivals` });

export async function runLaunch(opts: {
  url: string;
  instanceUrls: string[];
  members: BenchMember[];
  sizes: LaunchSizes;
  redisUrl: string;
  seed: number;
  env: LocalEnv;
}): Promise<LaunchRun> {
  const { sizes, members } = opts;
  const eventId = await createEvent(sizes.coupons, "bench 오픈 런치");
  // Before it opens, the event page's polling has loaded the event into Redis and each
  // instance's cache, and the page has been visited (nginx holds it).
  await Promise.all(opts.instanceUrls.map((u) => fetch(`${u}/api/coupon-events/${eventId}?live=1`).then((r) => r.body?.cancel())));
  await fetch(`${opts.url}/events/${eventId}`).then((r) => r.body?.cancel());
  const random = seededRandom(opts.seed);
  const flows: Flow[] = members.map((_, member) => ({ member, startMs: Math.floor(random() * sizes.arrivalMs), pagePath: `/events/${eventId}`, claimPath: `/api/coupon-events/${eventId}/claim` }));
  const before = os.loadavg();
  const run = await runFlows({ url: opts.url, sockets: sizes.sockets, timeoutSeconds: 60, deadlineSeconds: 300, cookies: members.map((m) => m.cookie), flows }, opts.env);
  const after = os.loadavg();
  const { rows } = await sql().query<CouponRow>("SELECT id, user_id, seq, issued_at FROM coupons WHERE event_id = $1", [eventId]);
  const redis = new Redis(opts.redisUrl);
  try {
    const keys = recordKeys(eventId);
    const [admissions, arrivals] = await Promise.all([redis.lrange(keys.admissions, 0, -1), redis.get(keys.arrivals)]);
    const summary = summariseLaunch({ run, coupons: sizes.coupons, rows, memberIds: members.map((m) => m.id), admissions: admissions.map(Number), arrivals: Number(arrivals ?? 0) });
    return {
      label: `${members.length} members in ${sizes.arrivalMs / 1000} s, ${sizes.coupons} coupons, via nginx, ${sizes.sockets} shared keep-alive sockets`,
      sizes,
      admissionRate: Number(opts.env.COUPON_ADMISSION_RATE ?? 100),
      durationSeconds: Math.round(run.durationMs / 100) / 10,
      loadAverage: { before, after },
      summary,
    };
  } finally {
    redis.disconnect();
  }
}
