// Members checking out as a browser drives them (scenario 6, issue #17): put a product in the
// cart (or 바로 구매), place the order from one tab, or from two racing with the same coupon, open
// the payment page, pay in the Toss stand-in's window, load the success page and confirm. Run by
// checkout-worker.ts in a child process of its own, like load-worker.ts.
import path from "node:path";
import type { LocalEnv } from "../lib/local-env.ts";
import { runWorker } from "./load.ts";

/** A member's way through: starts `startMs` after the run does; `tabs` 2 races one coupon. */
export type CheckoutFlow = { member: number; startMs: number; kind: "cart" | "buyNow"; productId: number; quantity: number; couponId?: string; tabs: 1 | 2 };
/**
 * `sockets`: keep-alive connections to the app shared by every member (an agent pool);
 * `customerKeys[member]`: the member's id (what the payment page hands Toss as customerKey);
 * `window`: the stack's environment naming the stand-in and the shop (scripts/test/toss-window.ts).
 */
export type CheckoutPlan = {
  url: string;
  sockets: number;
  timeoutSeconds: number;
  cookies: string[];
  customerKeys: string[];
  window: Record<string, string | undefined>;
  flows: CheckoutFlow[];
};

export const STEPS = ["cart", "order", "pay page", "window", "success page", "confirm"] as const;
export type Step = (typeof STEPS)[number];
/** One request of a step: sent `at` ms after the run started, answered `ms` later (status null: no answer); `code`: an API error's code. */
export type StepExchange = { step: Step; at: number; ms: number; status: number | null; code?: string };
/** How a tab ended: paid, refused (the order or cart answer's code), or stuck at a step that did not answer as a browser needs. */
export type TabOutcome = { outcome: "paid"; orderId: string } | { outcome: "refused"; code: string } | { outcome: "stuck"; step: Step; orderId?: string };
export type CheckoutFlowResult = { member: number; exchanges: StepExchange[]; tabs: TabOutcome[] };
export type CheckoutRunResult = { durationMs: number; flows: CheckoutFlowResult[] };

const WORKER = path.join(import.meta.dirname, "checkout-worker.ts");

export const runCheckoutFlows = (plan: CheckoutPlan, env: LocalEnv) => runWorker<CheckoutPlan, CheckoutRunResult>(WORKER, plan, env);
