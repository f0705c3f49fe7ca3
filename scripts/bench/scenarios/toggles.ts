// Scenario 2: 찜 and follow toggled by many members on a few hot products and ateliers, through
// the app (two instances behind the balancer). Afterwards every counter must equal its rows.
//
// Rate limit (120 toggles a minute per member, lib/rate-limit.ts) stays on: it is part of the
// path being measured (one sliding-window script in Redis per toggle). Each bench member sends
// requests/members toggles in the whole run (10 in a full run), so no member can reach the limit
// however fast the run goes; the members are new every run, so earlier runs leave no windows.
import { sql, type BenchMember } from "../members.ts";
import type { LocalEnv } from "../../lib/local-env.ts";
import { runLoad, seededRandom, shuffled, type Measured, type PlannedRequest } from "../load.ts";

export type ToggleRun = {
  measured: Measured;
  products: number[];
  ateliers: number[];
  /** Σ |counter − rows| over the hot products and ateliers after the run. */
  countMismatch: number;
  rateLimited: number;
  errors: number;
  finalCounts: { kind: "product" | "atelier"; id: number; counter: number; rows: number }[];
};

export async function hotTargets(products: number, ateliers: number): Promise<{ products: number[]; ateliers: number[] }> {
  const p = await sql().query<{ id: number }>("SELECT id FROM products ORDER BY like_count DESC, id LIMIT $1", [products]);
  const a = await sql().query<{ id: number }>("SELECT id FROM ateliers ORDER BY follower_count DESC, id LIMIT $1", [ateliers]);
  return { products: p.rows.map((r) => r.id), ateliers: a.rows.map((r) => r.id) };
}

export async function runToggles(opts: { url: string; members: BenchMember[]; requests: number; products: number[]; ateliers: number[]; connections: number; seed: number; env: LocalEnv }): Promise<ToggleRun> {
  const random = seededRandom(opts.seed);
  const perMember = Math.max(1, Math.round(opts.requests / opts.members.length));
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  const planned: PlannedRequest[] = [];
  for (let member = 0; member < opts.members.length; member++) {
    for (let k = 0; k < perMember; k++) {
      // 80 % 찜, 20 % follow; 60 % set, 40 % unset, so counters move both ways.
      const method = random() < 0.6 ? "PUT" : "DELETE";
      const path = random() < 0.8 ? `/api/products/${pick(opts.products)}/like` : `/api/ateliers/${pick(opts.ateliers)}/follow`;
      planned.push({ member, method, path });
    }
  }
  const requests = shuffled(planned, opts.seed + 1);
  const { measured } = await runLoad({ url: opts.url, connections: opts.connections, timeoutSeconds: 60, cookies: opts.members.map((m) => m.cookie), requests }, opts.env);

  const likeRows = await sql().query<{ id: number; counter: number; rows: number }>(
    "SELECT p.id, p.like_count AS counter, (SELECT count(*)::int FROM likes l WHERE l.product_id = p.id) AS rows FROM products p WHERE p.id = ANY($1::int[]) ORDER BY p.id",
    [opts.products],
  );
  const followRows = await sql().query<{ id: number; counter: number; rows: number }>(
    "SELECT a.id, a.follower_count AS counter, (SELECT count(*)::int FROM follows f WHERE f.atelier_id = a.id) AS rows FROM ateliers a WHERE a.id = ANY($1::int[]) ORDER BY a.id",
    [opts.ateliers],
  );
  const finalCounts = [...likeRows.rows.map((r) => ({ kind: "product" as const, ...r })), ...followRows.rows.map((r) => ({ kind: "atelier" as const, ...r }))];
  const errors = Object.entries(measured.statuses).reduce((n, [status, count]) => n + (Number(status) >= 500 ? count : 0), measured.unanswered);
  return {
    measured,
    products: opts.products,
    ateliers: opts.ateliers,
    countMismatch: finalCounts.reduce((n, c) => n + Math.abs(c.counter - c.rows), 0),
    rateLimited: measured.statuses["429"] ?? 0,
    errors,
    finalCounts,
  };
}
