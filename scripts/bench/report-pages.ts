// Scenario 3 under load in the bench's output: issue #14's throughput targets, and one table row
// per path with both servers side by side.
import type { Measured } from "./load.ts";
import type { Target } from "./target.ts";
import { HEALTH_PATH, type PageLoad } from "./scenarios/page-loads.ts";

/** Through nginx, at the issue's 100 connections, with no errors. */
const NGINX_GOALS = [
  { name: "/events/[id]", rps: 5_000 },
  { name: "/products/[id]", rps: 4_000 },
];
/** Straight from one instance: every public page at least this share of /api/health's req/s. */
const DIRECT_SHARE_OF_HEALTH = 0.7;

const num = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 0 });

/** nginx's X-Cache values for an answer it gave without waiting for an instance (STALE and
 *  UPDATING: an expired copy, served while one request refreshes it). */
const FROM_CACHE = ["HIT", "STALE", "UPDATING"];

/** Share of the answers that came from nginx's micro-cache, in %; null where nginx did not answer. */
export function fromCachePct(m: Measured): number | null {
  if (!m.cache || !m.answered) return null;
  const n = FROM_CACHE.reduce((sum, status) => sum + (m.cache![status] ?? 0), 0);
  return Math.round((n / m.answered) * 100);
}

/** Each public page's req/s from one instance over /api/health's in the same run (null without it). */
export function directShareOfHealth(loads: PageLoad[]): { name: string; share: number }[] | null {
  const direct = loads.filter((l) => l.via === "direct");
  const health = direct.find((l) => l.path === HEALTH_PATH)?.measured.rps;
  if (!health) return null;
  return direct.filter((l) => l.page).map((l) => ({ name: l.name, share: Math.round((l.measured.rps / health) * 100) / 100 }));
}

export function pageLoadTargets(loads: PageLoad[]): Target[] {
  const targets: Target[] = NGINX_GOALS.map((goal) => {
    const l = loads.find((x) => x.via === "nginx" && x.name === goal.name);
    return {
      name: `via nginx: ${goal.name}${l ? `, ${l.connections} connections` : ""}`,
      goal: `≥ ${num(goal.rps)} req/s, 0 errors`,
      value: l ? `${num(l.measured.rps)} req/s, ${l.errors} errors` : "–",
      pass: l ? l.measured.rps >= goal.rps && l.errors === 0 : null,
    };
  });
  const shares = directShareOfHealth(loads);
  const worst = shares?.reduce((w, s) => (s.share < w.share ? s : w));
  targets.push({
    name: "straight from next start: every public page vs /api/health, req/s",
    goal: `≥ ${DIRECT_SHARE_OF_HEALTH}×`,
    value: worst ? `min ${worst.share}× (${worst.name})` : "–",
    pass: worst ? worst.share >= DIRECT_SHARE_OF_HEALTH : null,
  });
  return targets;
}

export function pageLoadTable(loads: PageLoad[]): string[] {
  const shares = new Map((directShareOfHealth(loads) ?? []).map((s) => [s.name, s.share]));
  const of = (name: string, via: PageLoad["via"]) => loads.find((l) => l.name === name && l.via === via);
  const cells = (l: PageLoad | undefined) =>
    l ? [num(l.measured.rps), l.measured.p99.toLocaleString("en-US", { maximumFractionDigits: 1 }), l.rendersPerSecond ?? "–", l.errors] : ["–", "–", "–", "–"];
  const cached = (l: PageLoad | undefined) => {
    const pct = l && fromCachePct(l.measured);
    return pct == null ? "–" : `${pct} %`;
  };
  const conn = (via: PageLoad["via"]) => loads.find((l) => l.via === via)?.connections ?? "–";
  const rows = [
    `| 3 pages under load (anonymous) | via nginx (${conn("nginx")} conn) req/s | p99 ms | renders/s | errors | from nginx's cache | next start (${conn("direct")} conn) req/s | p99 ms | renders/s | errors | × /api/health |`,
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
  ];
  for (const name of new Set(loads.map((l) => l.name))) {
    const share = shares.get(name);
    const nginx = of(name, "nginx");
    rows.push(`| \`${name}\` | ${[...cells(nginx), cached(nginx), ...cells(of(name, "direct")), share === undefined ? "" : `${share}×`].join(" | ")} |`);
  }
  return rows;
}
