import { describe, expect, it } from "vitest";
import type { Measured } from "./load.ts";
import { fromCachePct, pageLoadTable, pageLoadTargets } from "./report-pages.ts";
import { chart, evaluate, tables, type Results } from "./report.ts";
import type { PageLoad } from "./scenarios/page-loads.ts";
import type { LighthouseResult } from "./scenarios/pages.ts";

function load(name: string, via: PageLoad["via"], rps: number, extra: Partial<PageLoad> = {}): PageLoad {
  const measured: Measured = { requests: rps * 3, answered: rps * 3, seconds: 3, rps, p50: 5, p95: 9, p99: 12.5, max: 40, statuses: { 200: rps * 3 }, unanswered: 0 };
  return { name, path: name, page: !name.startsWith("/api/"), via, connections: via === "nginx" ? 100 : 50, measured, renders: 3, rendersPerSecond: 1, errors: 0, ...extra };
}

const cacheOf = (l: PageLoad, cache: Record<string, number>): PageLoad => ({ ...l, measured: { ...l.measured, cache } });

const loads = [
  cacheOf(load("/", "nginx", 9_000), { HIT: 25_000, STALE: 1_500, UPDATING: 300, MISS: 200 }),
  load("/", "direct", 300),
  load("/products/[id]", "nginx", 3_900),
  load("/products/[id]", "direct", 420, { renders: null, rendersPerSecond: null }),
  load("/events/[id]", "nginx", 5_200),
  load("/events/[id]", "direct", 380),
  load("/api/health", "nginx", 6_000),
  load("/api/health", "direct", 500),
];

const byName = (targets: ReturnType<typeof pageLoadTargets>, start: string) => targets.find((t) => t.name.startsWith(start))!;

describe("pages under load: issue #14's targets", () => {
  it("passes /events/[id] at ≥ 5,000 req/s via nginx and fails /products/[id] below 4,000", () => {
    const targets = pageLoadTargets(loads);
    expect(byName(targets, "via nginx: /events/[id]")).toMatchObject({ goal: "≥ 5,000 req/s, 0 errors", value: "5,200 req/s, 0 errors", pass: true });
    expect(byName(targets, "via nginx: /products/[id]")).toMatchObject({ goal: "≥ 4,000 req/s, 0 errors", value: "3,900 req/s, 0 errors", pass: false });
  });

  it("fails a fast page that had errors", () => {
    const withErrors = loads.map((l) => (l.name === "/events/[id]" && l.via === "nginx" ? { ...l, errors: 2 } : l));
    expect(byName(pageLoadTargets(withErrors), "via nginx: /events/[id]")).toMatchObject({ value: "5,200 req/s, 2 errors", pass: false });
  });

  it("compares the slowest public page from one next start with /api/health's req/s there, leaving the API answers out", () => {
    const direct = byName(pageLoadTargets(loads), "straight from next start");
    expect(direct).toMatchObject({ goal: "≥ 0.7×", value: "min 0.6× (/)", pass: false });
    const faster = loads.map((l) => (l.via === "direct" && l.page ? { ...l, measured: { ...l.measured, rps: 360 } } : l));
    expect(byName(pageLoadTargets(faster), "straight from next start")).toMatchObject({ value: "min 0.72× (/)", pass: true });
  });

  it("says n/a, not PASS, for what was not measured", () => {
    expect(pageLoadTargets([]).map((t) => t.pass)).toEqual([null, null, null]);
    const noHealth = loads.filter((l) => l.name !== "/api/health");
    expect(byName(pageLoadTargets(noHealth), "straight from next start").pass).toBeNull();
  });

  it("puts both servers of a path on one row, with renders/s and the share of /api/health", () => {
    const table = pageLoadTable(loads);
    expect(table[0]).toContain("via nginx (100 conn) req/s");
    expect(table[0]).toContain("next start (50 conn) req/s");
    expect(table[0]).toContain("| errors | from nginx's cache |");
    expect(table).toContain("| `/` | 9,000 | 12.5 | 1 | 0 | 99 % | 300 | 12.5 | 1 | 0 | 0.6× |");
    expect(table).toContain("| `/products/[id]` | 3,900 | 12.5 | 1 | 0 | – | 420 | 12.5 | – | 0 | 0.84× |");
    expect(table).toContain("| `/api/health` | 6,000 | 12.5 | 1 | 0 | – | 500 | 12.5 | 1 | 0 |  |");
    expect(table).toHaveLength(2 + 4);
  });
});

describe("answers from nginx's micro-cache", () => {
  it("counts HIT, STALE and UPDATING as served by nginx, not MISS, EXPIRED or REVALIDATED", () => {
    const measured = { ...loads[0]!.measured, answered: 1_000, cache: { HIT: 500, STALE: 200, UPDATING: 50, MISS: 100, EXPIRED: 100, REVALIDATED: 50 } };
    expect(fromCachePct(measured)).toBe(75);
    expect(fromCachePct(loads[1]!.measured)).toBeNull();
  });
});

describe("the run's targets and files with the pages measured", () => {
  const lighthouse = (name: string, score: number, lcpMs: number, cls: number): LighthouseResult => ({
    name,
    path: "/",
    score,
    lcpMs,
    cls,
    tbtMs: 100,
    fcpMs: 900,
    scriptKB: 140,
    benchmarkIndex: 1500,
    mainThread: {},
    bootupScripts: [],
  });
  const pages: NonNullable<Results["pages"]> = {
    firstLoadJs: [
      { route: "/", kB: 139.5, files: 8 },
      { route: "/signup", kB: 145, files: 9 },
    ],
    loads,
    lighthouse: [lighthouse("home", 96, 2_400, 0), lighthouse("product", 97, 2_600, 0.02)],
  };

  it("reports LCP and CLS against the issue's limits, and First Load JS against 145 kB", () => {
    const { targets } = evaluate({ claims: [], pages });
    const target = (start: string) => targets.find((t) => t.name.startsWith(start))!;
    expect(target("Lighthouse mobile performance")).toMatchObject({ goal: "≥ 95", value: "min 96 (home, product: 2 of 4 pages)", pass: true });
    expect(target("LCP")).toMatchObject({ goal: "≤ 2,500 ms", value: "max 2,600 ms", pass: false });
    expect(target("CLS")).toMatchObject({ goal: "≤ 0.1", value: "max 0.02", pass: true });
    expect(target("First Load JS")).toMatchObject({ goal: "≤ 145 kB", value: "max 145 kB (/signup)", pass: true });
    expect(target("via nginx: /events/[id]").pass).toBe(true);
  });

  it("prints the page table and charts both servers' pages", () => {
    const results: Results = {
      mode: "quick",
      startedAt: "2026-12-01T10:00:00.000Z",
      finishedAt: "2026-12-01T10:05:00.000Z",
      machine: { cpus: 2, node: "v24", loadAverageAtStart: [1, 1, 1] },
      sizes: {},
      anchors: {},
      claims: [],
      pages,
      ...evaluate({ claims: [], pages }),
      notes: [],
    };
    expect(tables(results)).toContain(pageLoadTable(loads).join("\n"));
    const svg = chart(results);
    expect(svg).toContain("pages via nginx (100 connections)");
    expect(svg).toContain("pages straight from one next start (50 connections)");
    expect(svg.match(/>\/events\/\[id\]</g)).toHaveLength(2);
  });
});
