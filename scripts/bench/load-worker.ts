// The load generator, in its own process so it never shares an event loop with what it
// measures (the Upstash gateway runs in the bench runner, as it runs in `npm test`).
// Reads a plan (see load.ts), fires every request exactly once with autocannon, and writes
// each request's answer (status, coupon id of a 201) and every response time.
//   node --import tsx scripts/bench/load-worker.ts plan.json result.json
import { readFileSync, writeFileSync } from "node:fs";
import autocannon from "autocannon";
import type { LoadPlan, LoadResult, Answer } from "./load.ts";

const [planFile, resultFile] = process.argv.slice(2);
const plan = JSON.parse(readFileSync(planFile!, "utf8")) as LoadPlan;
const n = plan.requests.length;
const answers: (Answer | null)[] = new Array(n).fill(null);
const latencies: number[] = [];
let next = 0;
let extra = 0;

/**
 * Each member's own client address, as a CDN in front of the balancer would report it (the
 * bench starts the app with TRUSTED_PROXY_HOPS=2): thousands of shoppers are thousands of
 * addresses, not one loopback address meeting the per-address claim limit. 198.18.0.0/15 is the
 * range set aside for benchmarks (RFC 2544); nothing is sent there.
 */
function memberAddress(member: number): string {
  return `198.${18 + ((member >> 16) & 1)}.${(member >> 8) & 255}.${member & 255}`;
}

type Context = { i?: number };

function couponIdOf(body: string): string | undefined {
  try {
    return (JSON.parse(body) as { coupon?: { id?: string } }).coupon?.id;
  } catch {
    return undefined;
  }
}

const startedAt = performance.now();
const instance = autocannon(
  {
    url: plan.url,
    connections: Math.min(plan.connections, n),
    amount: n,
    pipelining: 1,
    timeout: plan.timeoutSeconds,
    requests: [
      {
        // Called once per request a connection sends, right before it sends it.
        setupRequest: (req, context: Context) => {
          const i = next++;
          if (i >= n) extra++;
          const r = plan.requests[i % n]!;
          context.i = i;
          return { ...req, method: r.method, path: r.path, headers: { ...req.headers, cookie: plan.cookies[r.member]!, "x-forwarded-for": memberAddress(r.member) } };
        },
        onResponse: (status: number, body: string, context: Context) => {
          const i = context.i!;
          if (i < n) answers[i] = { status, ...(status === 201 ? { couponId: couponIdOf(body) } : {}) };
        },
      },
    ],
  } as autocannon.Options,
  (error, result) => {
    const durationMs = performance.now() - startedAt;
    if (error) {
      console.error(error);
      process.exit(1);
    }
    const out: LoadResult = {
      durationMs,
      answers,
      latencies,
      errors: result.errors,
      timeouts: result.timeouts,
      extraRequests: extra,
    };
    writeFileSync(resultFile!, JSON.stringify(out));
  },
);
instance.on("response", (_client, _status, _bytes, responseTime: number) => latencies.push(responseTime));
