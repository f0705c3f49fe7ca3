// Where the benchmark lives on this machine: its own ports, database, Redis db and build
// directory, so it can run while `npm test` (3100…, gongbang_test, db 15, .next) runs.
import type { LocalPorts } from "../lib/local-env.ts";

export const BENCH_PORTS: LocalPorts = { app: 3200, upstash: 28079, mail: 28025, kakao: 28090, toss: 28070 };
export const APP_INSTANCE_PORTS = [3201, 3202];
/** (b) the PostgreSQL row-lock baseline, (c) the bare Lua + PostgreSQL server, (d) the same batched. */
export const BASELINE_PORT = 3210;
export const STACK_PORT = 3211;
export const BATCHED_STACK_PORT = 3212;
export const BENCH_DATABASE = "gongbang_bench";
export const BENCH_REDIS_URL = "redis://127.0.0.1:6379/9";
export const BENCH_DIST_DIR = ".next-bench";

export type Sizes = {
  /** Scenario 1: requests, distinct members, coupons per event, concurrent connections. */
  claim: { requests: number; members: number; coupons: number; connections: number };
  /** Scenario 2: members and requests of the 찜/follow mix, hot products and ateliers. */
  toggles: { members: number; requests: number; products: number; ateliers: number; connections: number };
  /** Scenario 3: Lighthouse pages (all four in a full run), and audits per page and variant (the
   *  median is kept: one audit on this machine swings by ten points). */
  lighthousePages: number;
  lighthouseRuns: number;
  /** Scenario 3 under load: seconds per page and server; connections through nginx (issue #14's
   *  target is at 100) and straight to one instance (its measurement of today's pages, 50). */
  pageLoads: { seconds: number; nginxConnections: number; directConnections: number };
  /** Unmeasured claims per server (and toggles) before measuring: JIT, pools, route modules. */
  warmup: number;
  /** Scenario 4 (issue #15): members arriving within `arrivalMs`, coupons of the event, and the
   *  keep-alive sockets the members share (an agent pool: browsers at this scale would be
   *  thousands of connections, more than this machine's load generator should hold). */
  launch: { members: number; coupons: number; arrivalMs: number; sockets: number };
  /** Scenario 5 (issue #16): consenting followers mailed about one follower coupon. */
  news: { followers: number };
  /** Scenario 6 (issue #17): members checking out within `arrivalMs` against `products` fresh
   *  products of `stock` pieces each; `couponHolders` of them race one coupon in two tabs; the
   *  members share `sockets` keep-alive connections (as in scenario 4). */
  checkout: { members: number; products: number; stock: number; couponHolders: number; arrivalMs: number; sockets: number };
};

export const FULL: Sizes = {
  claim: { requests: 10_000, members: 2_000, coupons: 1_000, connections: 200 },
  toggles: { members: 1_000, requests: 10_000, products: 5, ateliers: 2, connections: 200 },
  lighthousePages: 4,
  lighthouseRuns: 3,
  pageLoads: { seconds: 8, nginxConnections: 100, directConnections: 50 },
  warmup: 400,
  launch: { members: 5_000, coupons: 1_000, arrivalMs: 1_000, sockets: 256 },
  news: { followers: 10_000 },
  checkout: { members: 1_000, products: 5, stock: 50, couponHolders: 200, arrivalMs: 1_000, sockets: 256 },
};

/** Small enough to finish within about four minutes on this machine (the build is reused). */
export const QUICK: Sizes = {
  claim: { requests: 1_000, members: 250, coupons: 125, connections: 50 },
  toggles: { members: 250, requests: 1_000, products: 5, ateliers: 2, connections: 50 },
  lighthousePages: 1,
  lighthouseRuns: 1,
  pageLoads: { seconds: 3, nginxConnections: 100, directConnections: 50 },
  warmup: 150,
  // Half as many coupons as members, so the line forms beyond the admission rate (100/s).
  launch: { members: 1_000, coupons: 500, arrivalMs: 1_000, sockets: 128 },
  news: { followers: 1_000 },
  // Four members for every piece, as in a full run.
  checkout: { members: 500, products: 5, stock: 25, couponHolders: 100, arrivalMs: 1_000, sockets: 128 },
};
