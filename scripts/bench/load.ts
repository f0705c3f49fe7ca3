// Runs a load plan against a server through autocannon in a child process (load-worker.ts)
// and turns what came back into throughput and latency percentiles.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { run } from "../lib/proc.ts";
import type { LocalEnv } from "../lib/local-env.ts";

export type PlannedRequest = { member: number; method: "POST" | "PUT" | "DELETE" | "GET"; path: string };
/**
 * `requests` are sent once each, in order; with `seconds`, they are cycled through for that long
 * instead (a throughput run). `cookies[member]` is sent with a member's requests; none for a
 * member without one (an anonymous visitor).
 */
/** `headers`: sent with every request (a page load sends what a browser sends). */
export type LoadPlan = { url: string; connections: number; timeoutSeconds: number; cookies: string[]; requests: PlannedRequest[]; seconds?: number; headers?: Record<string, string> };
/** `cache`: nginx's X-Cache on the answer (HIT, STALE, UPDATING, MISS, EXPIRED…), when it sent one;
 *  `retryAfter`: a 202's or 429's Retry-After in seconds. */
export type Answer = { status: number; couponId?: string; retryAfter?: number; cache?: string };
export type LoadResult = { durationMs: number; answers: (Answer | null)[]; latencies: number[]; errors: number; timeouts: number; extraRequests: number };

export type Measured = {
  requests: number;
  answered: number;
  seconds: number;
  /** Answered requests per second, whatever the status (every claim attempt is work). */
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  statuses: Record<string, number>;
  /** Requests without an answer (socket errors, timeouts). */
  unanswered: number;
  /** Answers by nginx's X-Cache, when the balancer answered. */
  cache?: Record<string, number>;
};

const WORKER = path.join(import.meta.dirname, "load-worker.ts");

export async function runLoad(plan: LoadPlan, env: LocalEnv): Promise<{ measured: Measured; answers: (Answer | null)[] }> {
  const result = await runWorker<LoadPlan, LoadResult>(WORKER, plan, env);
  return { measured: measure(result, plan.seconds !== undefined), answers: result.answers };
}

/** Runs a load worker (`worker plan.json result.json`) in a child process of its own; its result. */
export async function runWorker<Plan, Result>(worker: string, plan: Plan, env: LocalEnv): Promise<Result> {
  const dir = await mkdtemp(path.join(tmpdir(), "gongbang-bench-"));
  try {
    const planFile = path.join(dir, "plan.json");
    const resultFile = path.join(dir, "result.json");
    await writeFile(planFile, JSON.stringify(plan));
    await run(process.execPath, ["--import", "tsx", worker, planFile, resultFile], env);
    return JSON.parse(await readFile(resultFile, "utf8")) as Result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** `timed`: a run that stopped at a time, whose last request on each connection is cut off
 *  unanswered by the stop, not by a failure; its failures are autocannon's errors and timeouts. */
function measure(result: LoadResult, timed: boolean): Measured {
  const sorted = [...result.latencies].sort((a, b) => a - b);
  const statuses: Record<string, number> = {};
  const cache: Record<string, number> = {};
  let answered = 0;
  for (const a of result.answers) {
    if (!a) continue;
    answered++;
    statuses[a.status] = (statuses[a.status] ?? 0) + 1;
    if (a.cache) cache[a.cache] = (cache[a.cache] ?? 0) + 1;
  }
  const seconds = result.durationMs / 1000;
  const unanswered = timed ? result.errors : result.answers.length - answered;
  return {
    requests: answered + unanswered,
    answered,
    seconds: round(seconds, 2),
    rps: Math.round(answered / seconds),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? 0),
    statuses,
    unanswered,
    ...(Object.keys(cache).length ? { cache } : {}),
  };
}

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** mulberry32: a seeded random in [0, 1), so a run's plans are the same every run. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded shuffle, so every target gets the same order of the same requests. */
export function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  const random = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
