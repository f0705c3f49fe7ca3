// The checkout scenario's figures (issue #17), from what the members were answered, PostgreSQL's
// orders and stock, and the payments the Toss stand-in holds; pure, so its rules are unit-tested
// (report-checkout.test.ts).
import { STEPS, type CheckoutRunResult, type Step } from "./checkout-flows.ts";
import { percentile, round } from "./load.ts";
import type { Target } from "./target.ts";

/** A product of the run: its stock before and after, and the pieces its PAID and still unpaid (PENDING_PAYMENT) orders hold. */
export type ProductRow = { id: number; initialStock: number; stock: number; paidQuantity: number; pendingQuantity: number };
/** Every order of the run's members. */
export type OrderRow = { id: string; status: string; couponId: string | null };
/** Every payment the stand-in holds (its `GET /__payments`). */
export type PaymentRow = { orderId: string; status: string };

export type CheckoutSummary = {
  members: number;
  /** Members given a coupon, each pressing 결제하기 in two tabs at once with it. */
  couponHolders: number;
  orders: { attempted: number; placed: number; paid: number; refusals: Record<string, number> };
  pieces: { initial: number; sold: number; left: number };
  /** First request to the last answer. */
  durationSeconds: number;
  /** Orders paid, and order answers (placed or refused), per second of the run. */
  checkoutsPerSecond: number;
  ordersPerSecond: number;
  steps: Record<Step, { count: number; p50: number; p99: number; statuses: Record<string, number> }>;
  serverErrors: number;
  unanswered: number;
  /** Orders still waiting for payment at the end (a tab that got stuck), holding stock and coupons. */
  unfinished: number;
  correctness: {
    /** Pieces paid beyond a product's initial stock, plus products whose stock went below zero. */
    oversold: number;
    /** PAID orders beyond the first with one coupon. */
    doubleRedeemed: number;
    /** Payments the provider took (DONE) for an order that is not PAID. */
    chargedWithoutOrder: number;
    /** PAID orders without a DONE payment at the provider. */
    paidWithoutCharge: number;
    /** Σ |initial − stock − paid − held| over the products: pieces that went missing or appeared. */
    stockMismatch: number;
  };
};

function count(values: (string | number | null)[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v ?? "none"] = (out[v ?? "none"] ?? 0) + 1;
  return out;
}

export function summariseCheckout(input: { run: CheckoutRunResult; couponHolders: number; products: ProductRow[]; orders: OrderRow[]; payments: PaymentRow[] }): CheckoutSummary {
  const { run, products, orders } = input;
  const exchanges = run.flows.flatMap((f) => f.exchanges);
  const tabs = run.flows.flatMap((f) => f.tabs);
  const orderAnswers = exchanges.filter((e) => e.step === "order");
  const steps = Object.fromEntries(
    STEPS.map((step) => {
      const of = exchanges.filter((e) => e.step === step);
      const ms = of.filter((e) => e.status !== null).map((e) => e.ms).sort((a, b) => a - b);
      return [step, { count: of.length, p50: round(percentile(ms, 50)), p99: round(percentile(ms, 99)), statuses: count(of.map((e) => e.status)) }];
    }),
  ) as CheckoutSummary["steps"];
  const paidIds = new Set(orders.filter((o) => o.status === "PAID").map((o) => o.id));
  const charged = new Set(input.payments.filter((p) => p.status === "DONE").map((p) => p.orderId));
  const perCoupon = new Map<string, number>();
  for (const o of orders) if (o.couponId && o.status === "PAID") perCoupon.set(o.couponId, (perCoupon.get(o.couponId) ?? 0) + 1);
  const durationSeconds = round(run.durationMs / 1000, 2);
  return {
    members: run.flows.length,
    couponHolders: input.couponHolders,
    orders: {
      attempted: orderAnswers.length,
      placed: orderAnswers.filter((e) => e.status === 201).length,
      paid: paidIds.size,
      refusals: count(tabs.flatMap((t) => (t.outcome === "refused" ? [t.code] : []))),
    },
    pieces: { initial: products.reduce((n, p) => n + p.initialStock, 0), sold: products.reduce((n, p) => n + p.paidQuantity, 0), left: products.reduce((n, p) => n + p.stock, 0) },
    durationSeconds,
    checkoutsPerSecond: durationSeconds > 0 ? round(paidIds.size / durationSeconds) : 0,
    ordersPerSecond: durationSeconds > 0 ? round(orderAnswers.filter((e) => e.status !== null).length / durationSeconds) : 0,
    steps,
    serverErrors: exchanges.filter((e) => e.status !== null && e.status >= 500).length,
    unanswered: exchanges.filter((e) => e.status === null).length,
    unfinished: orders.filter((o) => o.status === "PENDING_PAYMENT").length,
    correctness: {
      oversold: products.reduce((n, p) => n + Math.max(0, p.paidQuantity - p.initialStock) + (p.stock < 0 ? 1 : 0), 0),
      doubleRedeemed: [...perCoupon.values()].reduce((n, c) => n + c - 1, 0),
      chargedWithoutOrder: [...charged].filter((id) => !paidIds.has(id)).length,
      paidWithoutCharge: [...paidIds].filter((id) => !charged.has(id)).length,
      stockMismatch: products.reduce((n, p) => n + Math.abs(p.initialStock - p.stock - p.paidQuantity - p.pendingQuantity), 0),
    },
  };
}

const fmt = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 1 });
const statusList = (s: Record<string, number>) => Object.entries(s).map(([k, v]) => `${k}×${v}`).join(" ");

/** Issue #17's Done-when: 0 oversold, 0 double-redeemed, 0 charged-without-order; and nothing else lost or failed on the way. */
export function checkoutTargets(s: CheckoutSummary | undefined): Target[] {
  if (!s) return [];
  const k = s.correctness;
  return [
    { name: "checkout: oversold + double-redeemed + charged-without-order", goal: "0", value: `${k.oversold} + ${k.doubleRedeemed} + ${k.chargedWithoutOrder}`, pass: k.oversold + k.doubleRedeemed + k.chargedWithoutOrder === 0 },
    {
      name: "checkout: paid without a charge + stock ≠ initial − sold − held + orders left unpaid",
      goal: "0",
      value: `${k.paidWithoutCharge} + ${k.stockMismatch} + ${s.unfinished}`,
      pass: k.paidWithoutCharge + k.stockMismatch + s.unfinished === 0,
    },
    { name: "checkout: 5xx, requests without an answer", goal: "0, 0", value: `${s.serverErrors}, ${s.unanswered}`, pass: s.serverErrors === 0 && s.unanswered === 0 },
  ];
}

export function checkoutTable(s: CheckoutSummary, label: string): string[] {
  const k = s.correctness;
  return [
    `| 6 checkout: ${label} | |`,
    "|---|---|",
    `| members (of whom two tabs racing one coupon) | ${fmt(s.members)} (${fmt(s.couponHolders)}) |`,
    `| orders attempted, placed, paid | ${fmt(s.orders.attempted)}, ${fmt(s.orders.placed)}, ${fmt(s.orders.paid)} |`,
    `| refused (cart or order answer) | ${statusList(s.orders.refusals) || "none"} |`,
    `| pieces: initial stock, sold, left | ${fmt(s.pieces.initial)}, ${fmt(s.pieces.sold)}, ${fmt(s.pieces.left)} |`,
    `| run; checkouts paid, order answers per second | ${s.durationSeconds} s; ${fmt(s.checkoutsPerSecond)}/s, ${fmt(s.ordersPerSecond)}/s |`,
    ...STEPS.map((step) => {
      const x = s.steps[step];
      return `| ${step}: count, p50 / p99 | ${fmt(x.count)}, ${fmt(x.p50)} / ${fmt(x.p99)} ms (${statusList(x.statuses) || "–"}) |`;
    }),
    `| 5xx, unanswered, orders left unpaid | ${s.serverErrors}, ${s.unanswered}, ${s.unfinished} |`,
    `| oversold, double-redeemed, charged without order | ${k.oversold}, ${k.doubleRedeemed}, ${k.chargedWithoutOrder} |`,
    `| paid without a charge, stock ≠ initial − sold − held | ${k.paidWithoutCharge}, ${k.stockMismatch} |`,
  ];
}
