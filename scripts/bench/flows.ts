// Members as a browser drives them: load the event page (optional), press 쿠폰 받기, and while
// the answer is 202 (queued) or 429 (too fast) wait its Retry-After and press again, until the
// claim is decided. Run by flow-worker.ts in a child process of its own, like load-worker.ts.
import path from "node:path";
import type { LocalEnv } from "../lib/local-env.ts";
import { runWorker } from "./load.ts";

/** One member's way through: starts `startMs` after the run does. */
export type Flow = { member: number; startMs: number; pagePath?: string; claimPath: string };
/** `sockets`: keep-alive connections shared by every member (an agent pool); `deadlineSeconds`:
 *  members still undecided then stop asking (reported as undecided). */
export type FlowPlan = { url: string; sockets: number; timeoutSeconds: number; deadlineSeconds: number; cookies: string[]; flows: Flow[] };
/**
 * One HTTP request: sent `at` ms after the run started (the member's moment of asking, before
 * waiting for a pooled socket), answered `ms` later (or given up after `ms`: status null).
 * `socketMs`: of that, the wait for a socket of the shared pool (the load generator's queue, not
 * the server's). A 202's body names the place (`ticket`, `position`); Retry-After is in seconds.
 */
export type Exchange = { at: number; ms: number; socketMs?: number; status: number | null; retryAfter?: number; ticket?: number; position?: number; couponId?: string };
export type FlowResult = { member: number; page?: Exchange; presses: Exchange[] };
/** `startedAtEpochMs`: the run's start on the wall clock (to compare with database timestamps). */
export type FlowRunResult = { startedAtEpochMs: number; durationMs: number; flows: FlowResult[] };

/** A claim answer that ends the member's asking: anything but queued, too fast or no answer. */
export const isDecided = (status: number | null): status is number => status !== null && status !== 202 && status !== 429;

const WORKER = path.join(import.meta.dirname, "flow-worker.ts");

export const runFlows = (plan: FlowPlan, env: LocalEnv) => runWorker<FlowPlan, FlowRunResult>(WORKER, plan, env);
