// Drives members' checkouts (checkout-flows.ts) over a shared pool of keep-alive sockets, in its
// own process so it never shares an event loop with what it measures.
//   node --import tsx scripts/bench/checkout-worker.ts plan.json result.json
import { readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { payInWindow } from "../test/toss-window.ts";
import type { CheckoutFlow, CheckoutFlowResult, CheckoutPlan, CheckoutRunResult, Step, StepExchange, TabOutcome } from "./checkout-flows.ts";
import { memberAddress } from "./member-address.ts";

const [planFile, resultFile] = process.argv.slice(2);
const plan = JSON.parse(readFileSync(planFile!, "utf8")) as CheckoutPlan;
const base = new URL(plan.url);
const agent = new http.Agent({ keepAlive: true, maxSockets: plan.sockets });
const t0 = performance.now();
const now = () => performance.now() - t0;
/** A confirm answered PAYMENT_PENDING is asked again, as the success page does (5 times). */
const CONFIRM_ATTEMPTS = 5;

/** `code`: an API error's code. */
type Answer = { status: number | null; body: Record<string, unknown> | null; code?: string; retryAfter: number };
const tenth = (x: number) => Math.round(x * 10) / 10;

/** One request to the app as the member; recorded under `step`. */
function call(exchanges: StepExchange[], step: Step, member: number, method: "GET" | "POST" | "PUT", path: string, json?: unknown): Promise<Answer> {
  const at = now();
  const payload = json === undefined ? undefined : JSON.stringify(json);
  return new Promise((resolve) => {
    let answered = false;
    const done = (status: number | null, body: Answer["body"] = null, retryAfter = 0) => {
      if (answered) return;
      answered = true;
      const code = (body?.error as { code?: string } | undefined)?.code;
      exchanges.push({ step, at: Math.round(at), ms: tenth(now() - at), status, ...(code ? { code } : {}) });
      resolve({ status, body, retryAfter, ...(code ? { code } : {}) });
    };
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        path,
        method,
        agent,
        headers: {
          cookie: plan.cookies[member] ?? "",
          "x-forwarded-for": memberAddress(member),
          ...(payload === undefined ? {} : { "content-type": "application/json", "content-length": Buffer.byteLength(payload) }),
        },
        signal: AbortSignal.timeout(plan.timeoutSeconds * 1000),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", () => done(null));
        res.on("end", () => {
          let body: Answer["body"] = null;
          if (method !== "GET") {
            try {
              body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Answer["body"];
            } catch {
              // Not our JSON (a balancer's error page): its status still counts.
            }
          }
          done(res.statusCode ?? 0, body, Number(res.headers["retry-after"]) || 1);
        });
      },
    );
    req.on("error", () => done(null));
    req.end(payload);
  });
}

type Placed = { order: { id: string; name: string; total: number }; payment: { url: string } };

/** One tab: place the order, open the payment page, pay in the window, land on the success page, confirm. */
async function tab(flow: CheckoutFlow, exchanges: StepExchange[]): Promise<TabOutcome> {
  const coupon = flow.couponId ? { couponId: flow.couponId } : {};
  const body = flow.kind === "buyNow" ? { productId: flow.productId, quantity: flow.quantity, ...coupon } : coupon;
  const placed = await call(exchanges, "order", flow.member, "POST", "/api/orders", body);
  if (placed.status !== 201) return { outcome: "refused", code: placed.code ?? String(placed.status) };
  const { order, payment } = placed.body as unknown as Placed;
  const page = new URL(payment.url);
  if ((await call(exchanges, "pay page", flow.member, "GET", page.pathname + page.search)).status !== 200) return { outcome: "stuck", step: "pay page", orderId: order.id };

  // The window: what the stand-in's SDK opens on the payment page, and its 결제하기.
  const at = now();
  let paid: { paymentKey: string; amount: number };
  try {
    paid = await payInWindow({ orderId: order.id, orderName: order.name, amount: order.total, customerKey: plan.customerKeys[flow.member]! }, plan.window);
    exchanges.push({ step: "window", at: Math.round(at), ms: tenth(now() - at), status: 303 });
  } catch {
    exchanges.push({ step: "window", at: Math.round(at), ms: tenth(now() - at), status: null });
    return { outcome: "stuck", step: "window", orderId: order.id };
  }

  const back = new URLSearchParams({ paymentKey: paid.paymentKey, orderId: order.id, amount: String(paid.amount) });
  if ((await call(exchanges, "success page", flow.member, "GET", `/checkout/success?${back}`)).status !== 200) return { outcome: "stuck", step: "success page", orderId: order.id };
  for (let attempt = 1; ; attempt++) {
    const confirmed = await call(exchanges, "confirm", flow.member, "POST", `/api/orders/${order.id}/confirm`, paid);
    if (confirmed.status === 200) return { outcome: "paid", orderId: order.id };
    if (confirmed.status !== 503 || attempt >= CONFIRM_ATTEMPTS) return { outcome: "stuck", step: "confirm", orderId: order.id };
    await sleep(confirmed.retryAfter * 1000);
  }
}

async function drive(flow: CheckoutFlow): Promise<CheckoutFlowResult> {
  await sleep(Math.max(0, flow.startMs - now()));
  const exchanges: StepExchange[] = [];
  if (flow.kind === "cart") {
    const put = await call(exchanges, "cart", flow.member, "PUT", `/api/cart/items/${flow.productId}`, { quantity: flow.quantity });
    if (put.status !== 200) return { member: flow.member, exchanges, tabs: [{ outcome: "refused", code: put.code ?? String(put.status) }] };
  }
  // Two tabs of one member press 결제하기 at once with the same coupon.
  const tabs = await Promise.all(Array.from({ length: flow.tabs }, () => tab(flow, exchanges)));
  return { member: flow.member, exchanges, tabs };
}

const flows = await Promise.all(plan.flows.map(drive));
agent.destroy();
const out: CheckoutRunResult = { durationMs: Math.round(now()), flows };
writeFileSync(resultFile!, JSON.stringify(out));
