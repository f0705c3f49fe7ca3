// The load generator, in its own process so it never shares an event loop with what it
// measures (the Upstash gateway runs in the bench runner, as it runs in `npm test`).
// Reads a plan (see load.ts), fires every request exactly once with autocannon (or, for a plan
// with `seconds`, cycles through the requests for that long), and writes each request's answer
// (status, coupon id of a 201) and every response time.
//   node --import tsx scripts/bench/load-worker.ts plan.json result.json
import { readFileSync, writeFileSync } from "node:fs";
import autocannon from "autocannon";
import type { LoadPlan, LoadResult, Answer } from "./load.ts";
import { memberAddress } from "./member-address.ts";

const [planFile, resultFile] = process.argv.slice(2);
const plan = JSON.parse(readFileSync(planFile!, "utf8")) as LoadPlan;
const n = plan.requests.length;
const answers: (Answer | null)[] = new Array(n).fill(null);
const latencies: number[] = [];
let next = 0;
let extra = 0;

type Context = { i?: number };

/** A queued (202) or limited (429) claim's Retry-After, in seconds: when its member asks again. */
function retryAfterOf(headers: Record<string, string | string[]>): number | undefined {
  const value = Object.entries(headers).find(([name]) => name.toLowerCase() === "retry-after")?.[1];
  const seconds = Number(Array.isArray(value) ? value[0] : value);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

function couponIdOf(body: string): string | undefined {
  try {
    return (JSON.parse(body) as { coupon?: { id?: string } }).coupon?.id;
  } catch {
    return undefined;
  }
}

/** nginx's X-Cache (nginx.conf.template): whether its micro-cache answered. */
function cacheStatusOf(headers: Record<string, string | string[]>): string | undefined {
  const value = Object.entries(headers).find(([name]) => name.toLowerCase() === "x-cache")?.[1];
  return Array.isArray(value) ? value[0] : value || undefined;
}

const startedAt = performance.now();
const instance = autocannon(
  {
    url: plan.url,
    ...(plan.seconds ? { connections: plan.connections, duration: plan.seconds } : { connections: Math.min(plan.connections, n), amount: n }),
    pipelining: 1,
    timeout: plan.timeoutSeconds,
    requests: [
      {
        // Called once per request a connection sends, right before it sends it.
        setupRequest: (req, context: Context) => {
          const i = next++;
          if (i >= n && !plan.seconds) extra++;
          const r = plan.requests[i % n]!;
          context.i = i;
          // No cookie for an anonymous visitor (a plan without cookies).
          const cookie = plan.cookies[r.member];
          return { ...req, method: r.method, path: r.path, headers: { ...req.headers, ...plan.headers, ...(cookie ? { cookie } : {}), "x-forwarded-for": memberAddress(r.member) } };
        },
        onResponse: (status: number, body: string, context: Context, headers: Record<string, string | string[]>) => {
          const i = context.i!;
          const cache = cacheStatusOf(headers);
          const retryAfter = status === 202 || status === 429 ? retryAfterOf(headers) : undefined;
          if (i < n || plan.seconds) answers[i] = { status, ...(status === 201 ? { couponId: couponIdOf(body) } : {}), ...(retryAfter ? { retryAfter } : {}), ...(cache ? { cache } : {}) };
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
