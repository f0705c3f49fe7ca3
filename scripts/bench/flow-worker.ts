// Drives members' claim flows (flows.ts) over a shared pool of keep-alive sockets, in its own
// process so it never shares an event loop with what it measures.
//   node --import tsx scripts/bench/flow-worker.ts plan.json result.json
import { readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { isDecided, type Exchange, type FlowPlan, type FlowResult, type FlowRunResult } from "./flows.ts";
import { memberAddress } from "./member-address.ts";

const [planFile, resultFile] = process.argv.slice(2);
const plan = JSON.parse(readFileSync(planFile!, "utf8")) as FlowPlan;
const base = new URL(plan.url);
// Browsers would each hold their own connections; thousands of members share a pool here, so
// the time a request waits for a socket is part of its answer time (as it would be in a queue
// at the balancer).
const agent = new http.Agent({ keepAlive: true, maxSockets: plan.sockets });
const startedAtEpochMs = Date.now();
const t0 = performance.now();
const now = () => performance.now() - t0;
const deadlineMs = plan.deadlineSeconds * 1000;

type Body = { ticket?: number; position?: number; coupon?: { id?: string } };

function send(method: "GET" | "POST", path: string, member: number): Promise<Exchange> {
  const at = now();
  let socketAt: number | undefined;
  const tenth = (x: number) => Math.round(x * 10) / 10;
  const done = (status: number | null, extra: Partial<Exchange> = {}): Exchange => ({
    at: Math.round(at),
    ms: tenth(now() - at),
    ...(socketAt !== undefined ? { socketMs: tenth(socketAt - at) } : {}),
    status,
    ...extra,
  });
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        path,
        method,
        agent,
        headers: { cookie: plan.cookies[member] ?? "", "x-forwarded-for": memberAddress(member), ...(method === "POST" ? { "content-length": "0" } : {}) },
        signal: AbortSignal.timeout(plan.timeoutSeconds * 1000),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", () => resolve(done(null)));
        res.on("end", () => {
          const status = res.statusCode ?? 0;
          if (method === "GET") return resolve(done(status));
          let body: Body = {};
          try {
            body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Body;
          } catch {
            // A non-JSON answer (a balancer's error page) is still an answer: its status counts.
          }
          const retryAfter = Number(res.headers["retry-after"]);
          resolve(
            done(status, {
              ...(status === 202 || status === 429 ? { retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : 1 } : {}),
              ...(status === 202 ? { ticket: body.ticket, position: body.position } : {}),
              ...(status === 201 ? { couponId: body.coupon?.id } : {}),
            }),
          );
        });
      },
    );
    req.once("socket", () => (socketAt = now()));
    req.on("error", () => resolve(done(null)));
    req.end();
  });
}

async function drive(flow: FlowPlan["flows"][number]): Promise<FlowResult> {
  await sleep(Math.max(0, flow.startMs - now()));
  const result: FlowResult = { member: flow.member, presses: [] };
  if (flow.pagePath) result.page = await send("GET", flow.pagePath, flow.member);
  for (;;) {
    const answer = await send("POST", flow.claimPath, flow.member);
    result.presses.push(answer);
    if (answer.status === null || isDecided(answer.status)) return result;
    const wait = answer.retryAfter! * 1000;
    if (now() + wait > deadlineMs) return result;
    await sleep(wait);
  }
}

const flows = await Promise.all(plan.flows.map(drive));
agent.destroy();
const out: FlowRunResult = { startedAtEpochMs, durationMs: Math.round(now()), flows };
writeFileSync(resultFile!, JSON.stringify(out));
