// The bench's output: a table on the terminal, and files of its own in bench/ — results.json,
// chart.svg and latest.md. bench/README.md is prose written by people and links to latest.md.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { ROOT } from "../lib/local-env.ts";
import type { Measured } from "./load.ts";
import { checkoutTable, checkoutTargets } from "./report-checkout.ts";
import { launchTable, launchTargets } from "./report-launch.ts";
import { pageLoadTable, pageLoadTargets } from "./report-pages.ts";
import type { CheckoutRun } from "./scenarios/checkout.ts";
import type { ClaimRun, TargetKey } from "./scenarios/claims.ts";
import type { LaunchRun } from "./scenarios/launch.ts";
import type { NewsRun } from "./scenarios/news.ts";
import type { PageLoad } from "./scenarios/page-loads.ts";
import type { LighthouseResult, RouteJs } from "./scenarios/pages.ts";
import type { ToggleRun } from "./scenarios/toggles.ts";
import type { Target } from "./target.ts";

export type Results = {
  mode: "quick" | "full";
  startedAt: string;
  finishedAt: string;
  machine: { cpus: number; node: string; loadAverageAtStart: number[] };
  sizes: unknown;
  anchors: Record<string, string>;
  claims: ClaimRun[];
  /** The cheapest route of the app and of a bare node:http server: the framework's floor here. */
  floor?: { label: string; measured: Measured }[];
  toggles?: ToggleRun;
  /** Scenario 4, the opening second (issue #15 item 6). */
  launch?: LaunchRun;
  /** Scenario 5, follower news through the job queue (issue #16 item 5). */
  news?: NewsRun;
  /** Scenario 6, checkout against little stock with coupons raced in two tabs (issue #17). */
  checkout?: CheckoutRun;
  /** `loads` is absent in runs from before the pages were measured under load. */
  pages?: { firstLoadJs: RouteJs[]; loads?: PageLoad[]; lighthouse: LighthouseResult[]; lighthouseError?: string };
  ratios: Record<string, number | null>;
  targets: Target[];
  notes: string[];
};

export const ANCHORS = {
  "Spring + Redis Lua (published)": "≈ 2,300 claims/s, p99 ≈ 250 ms at 500 virtual users; 3.4× its database-lock path",
  "bare Next.js, trivial route (published)": "≈ 3,000 req/s",
};

const BENCH_DIR = path.join(ROOT, "bench");
const SCENARIO_NAME = { claim: "1 claim", soldout: "1 sold-out storm" } as const;
const TARGET_NAME: Record<TargetKey, string> = { a: "(a) app", b: "(b) row lock", c: "(c) bare Lua", d: "(d) batched bare Lua" };

const fmt = (x: number | null | undefined, digits = 0) => (x == null || Number.isNaN(x) ? "–" : x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const mark = (pass: boolean | null) => (pass === null ? "n/a" : pass ? "PASS" : "FAIL");

function find(claims: ClaimRun[], scenario: ClaimRun["scenario"], target: TargetKey) {
  return claims.find((r) => r.scenario === scenario && r.target === target);
}

export function evaluate(r: Pick<Results, "claims" | "toggles" | "pages" | "floor" | "launch" | "news" | "checkout">): { ratios: Results["ratios"]; targets: Target[] } {
  const rate = (s: ClaimRun["scenario"], t: TargetKey) => find(r.claims, s, t)?.measured.rps ?? null;
  const ratio = (x: number | null, y: number | null) => (x != null && y ? Math.round((x / y) * 100) / 100 : null);
  const ratios = {
    appOverBaseline: ratio(rate("claim", "a"), rate("claim", "b")),
    appOverStack: ratio(rate("claim", "a"), rate("claim", "c")),
    stackOverBaseline: ratio(rate("claim", "c"), rate("claim", "b")),
    // What batching each event-loop turn's Redis commands adds to the bare stack (issue #15).
    batchedOverStack: ratio(rate("claim", "d"), rate("claim", "c")),
    stormBatchedOverStack: ratio(rate("soldout", "d"), rate("soldout", "c")),
    stormOverClaimApp: ratio(rate("soldout", "a"), rate("claim", "a")),
    stormOverClaimStack: ratio(rate("soldout", "c"), rate("claim", "c")),
    stormOverClaimBaseline: ratio(rate("soldout", "b"), rate("claim", "b")),
    appHealthOverBareHealth: ratio(r.floor?.[0]?.measured.rps ?? null, r.floor?.[1]?.measured.rps ?? null),
    appClaimOverAppHealth: ratio(rate("claim", "a"), r.floor?.[0]?.measured.rps ?? null),
  };
  const correctness = r.claims.reduce((n, c) => n + c.correctness.overIssued + c.correctness.duplicates + c.correctness.lost + c.correctness.undersold + (c.correctness.undecided ?? 0), 0) + (r.toggles?.countMismatch ?? 0);
  const errors = r.claims.reduce((n, c) => n + c.correctness.errors, 0) + (r.toggles ? r.toggles.errors + r.toggles.rateLimited : 0);
  const lh = r.pages?.lighthouse ?? [];
  const js = r.pages?.firstLoadJs ?? [];
  const worstJs = js.reduce<RouteJs | null>((w, x) => (!w || x.kB > w.kB ? x : w), null);
  const minScore = lh.length ? Math.min(...lh.map((p) => p.score)) : null;
  // What this machine's browser scores for the pages' HTML and CSS alone (scripts blocked).
  const bare = lh.flatMap((p) => (p.withoutScripts ? [p.withoutScripts.score] : []));
  const bareMin = bare.length ? Math.min(...bare) : null;
  const maxLcp = lh.length ? Math.max(...lh.map((p) => p.lcpMs)) : null;
  const maxCls = lh.length ? Math.max(...lh.map((p) => p.cls)) : null;
  // Issue #14 names four pages; a quick run audits fewer, and says which.
  const audited = ` (${lh.map((p) => p.name).join(", ")}: ${lh.length} of 4 pages)`;
  const targets: Target[] = [
    { name: "app (a) vs row-lock baseline (b), claims/s", goal: "≥ 4×", value: ratios.appOverBaseline == null ? "–" : `${ratios.appOverBaseline}×`, pass: ratios.appOverBaseline == null ? null : ratios.appOverBaseline >= 4 },
    { name: "app (a) vs bare Lua stack limit (c), claims/s", goal: "≥ 50 %", value: ratios.appOverStack == null ? "–" : `${Math.round(ratios.appOverStack * 100)} %`, pass: ratios.appOverStack == null ? null : ratios.appOverStack >= 0.5 },
    { name: "sold-out storm vs claim rate of 1a", goal: "≥ 2×", value: ratios.stormOverClaimApp == null ? "–" : `${ratios.stormOverClaimApp}×`, pass: ratios.stormOverClaimApp == null ? null : ratios.stormOverClaimApp >= 2 },
    { name: "correctness counters (over-issued, duplicates, lost, undersold, undecided, 찜/follow count ≠ rows)", goal: "0", value: String(correctness), pass: r.claims.length || r.toggles ? correctness === 0 : null },
    { name: "errors (5xx, no answer, 429)", goal: "0", value: String(errors), pass: r.claims.length || r.toggles ? errors === 0 : null },
    ...pageLoadTargets(r.pages?.loads ?? []),
    ...launchTargets(r.launch?.summary),
    ...checkoutTargets(r.checkout?.summary),
    {
      name: "follower news: every consenting follower mailed once (duplicates + lost)",
      goal: "0",
      value: r.news ? `${r.news.duplicates + r.news.lost} (${fmt(r.news.sent)} of ${fmt(r.news.enqueued)} sent, ${fmt(r.news.mailsPerSecond)} mails/s)` : "–",
      pass: r.news ? r.news.duplicates + r.news.lost === 0 && r.news.enqueued === r.news.followers : null,
    },
    {
      name: "Lighthouse mobile performance: home, a product, an atelier, an event",
      goal: "≥ 95",
      value: minScore == null ? "–" : `min ${minScore}${audited}${bareMin == null ? "" : `; the same pages without their scripts: min ${bareMin}`}`,
      pass: minScore == null ? null : minScore >= 95,
    },
    { name: "LCP, the same pages", goal: "≤ 2,500 ms", value: maxLcp == null ? "–" : `max ${fmt(maxLcp)} ms`, pass: maxLcp == null ? null : maxLcp <= 2_500 },
    { name: "CLS, the same pages", goal: "≤ 0.1", value: maxCls == null ? "–" : `max ${maxCls}`, pass: maxCls == null ? null : maxCls <= 0.1 },
    { name: "First Load JS, every page route", goal: "≤ 145 kB", value: worstJs ? `max ${worstJs.kB} kB (${worstJs.route})` : "–", pass: worstJs ? worstJs.kB <= 145 : null },
  ];
  return { ratios, targets };
}

export function tables(r: Results): string {
  const out: string[] = [];
  out.push(`Mode: **${r.mode}**, ${r.startedAt} — ${r.machine.cpus} cores, Node ${r.machine.node}, load average at start ${r.machine.loadAverageAtStart.map((x) => x.toFixed(1)).join(" / ")}`);
  out.push("");
  if (r.claims.length) {
    out.push("| scenario | server | claims/s | p50 ms | p95 ms | p99 ms | 201 | 202 | 409 | 410 | other | issued | sold out in s | all decided in s | over-issued | duplicates | lost | undersold | undecided | errors |");
    out.push("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
    for (const c of r.claims) {
      const s = c.measured.statuses;
      const other = Object.entries(s).reduce((n, [k, v]) => n + (["201", "202", "409", "410"].includes(k) ? 0 : v), 0);
      const k = c.correctness;
      // Planned requests only; the follow-up of queued members is listed below.
      out.push(
        `| ${SCENARIO_NAME[c.scenario]} | ${TARGET_NAME[c.target]} | ${fmt(c.measured.rps)} | ${fmt(c.measured.p50, 1)} | ${fmt(c.measured.p95, 1)} | ${fmt(c.measured.p99, 1)} | ${fmt(s["201"] ?? 0)} | ${fmt(s["202"] ?? 0)} | ${fmt(s["409"] ?? 0)} | ${fmt(s["410"] ?? 0)} | ${fmt(other)} | ${fmt(k.issued)} | ${k.sellOutSeconds ?? "–"} | ${c.followUp?.decidedSeconds ?? c.measured.seconds} | ${k.overIssued} | ${k.duplicates} | ${k.lost} | ${k.undersold} | ${k.undecided ?? "–"} | ${k.errors} |`,
      );
    }
    const followed = r.claims.filter((c) => c.followUp);
    if (followed.length) {
      out.push("");
      out.push("Members the planned requests left queued (202/429), followed at Retry-After until decided (a browser's way):");
      out.push("");
      out.push("| scenario | server | members | requests | answers | all decided in s |");
      out.push("|---|---|--:|--:|---|--:|");
      for (const c of followed) {
        const f = c.followUp!;
        out.push(`| ${SCENARIO_NAME[c.scenario]} | ${TARGET_NAME[c.target]} | ${fmt(f.members)} | ${fmt(f.requests)} | ${Object.entries(f.statuses).map(([k, v]) => `${k}×${v}`).join(" ")} | ${f.decidedSeconds} |`);
      }
    }
    const gw = r.claims.filter((c) => c.gateway);
    if (gw.length) {
      out.push("");
      out.push("Upstash gateway during each run (its own `stats()`): HTTP requests per claim and mean time per request inside the gateway.");
      out.push("");
      out.push("| scenario | server | gateway req/claim | mean ms in gateway |");
      out.push("|---|---|--:|--:|");
      for (const c of gw) out.push(`| ${SCENARIO_NAME[c.scenario]} | ${TARGET_NAME[c.target]} | ${c.gateway!.perClaim} | ${c.gateway!.avgMs} |`);
    }
  }
  if (r.floor?.length) {
    out.push("");
    out.push("| 0 floor (for scale) | req/s | p50 ms | p95 ms | p99 ms | statuses |");
    out.push("|---|--:|--:|--:|--:|---|");
    for (const f of r.floor) out.push(`| ${f.label} | ${fmt(f.measured.rps)} | ${fmt(f.measured.p50, 1)} | ${fmt(f.measured.p95, 1)} | ${fmt(f.measured.p99, 1)} | ${Object.entries(f.measured.statuses).map(([k, v]) => `${k}×${v}`).join(" ")} |`);
  }
  if (r.toggles) {
    const t = r.toggles;
    out.push("");
    out.push(`| 2 찜/follow mix | req/s | p50 ms | p95 ms | p99 ms | statuses | counter ≠ rows | 429 | errors |`);
    out.push("|---|--:|--:|--:|--:|---|--:|--:|--:|");
    const st = Object.entries(t.measured.statuses).map(([k, v]) => `${k}×${v}`).join(" ");
    out.push(`| (a) app, ${t.measured.requests} requests | ${fmt(t.measured.rps)} | ${fmt(t.measured.p50, 1)} | ${fmt(t.measured.p95, 1)} | ${fmt(t.measured.p99, 1)} | ${st} | ${t.countMismatch} | ${t.rateLimited} | ${t.errors} |`);
    out.push("");
    out.push(`Final counts: ${t.finalCounts.map((c) => `${c.kind} ${c.id}: ${c.counter} (rows ${c.rows})`).join("; ")}`);
  }
  if (r.news) {
    const n = r.news;
    out.push("");
    out.push(`5 follower news — ${n.label}:`);
    out.push("");
    out.push("| followers | enqueued | batches | sent | duplicates | lost | all in the outbox in s | mails/s |");
    out.push("|--:|--:|--:|--:|--:|--:|--:|--:|");
    out.push(`| ${fmt(n.followers)} | ${fmt(n.enqueued)} | ${fmt(n.batches)} | ${fmt(n.sent)} | ${n.duplicates} | ${n.lost} | ${n.seconds} | ${fmt(n.mailsPerSecond)} |`);
  }
  if (r.launch) {
    const l = r.launch;
    out.push("", ...launchTable(l.summary, l.label));
    out.push("", `Launch: admission rate ${l.admissionRate}/s per event; the run took ${l.durationSeconds} s; load average ${l.loadAverage.before.map((x) => x.toFixed(1)).join(" / ")} before, ${l.loadAverage.after.map((x) => x.toFixed(1)).join(" / ")} after.`);
  }
  if (r.checkout) {
    const c = r.checkout;
    out.push("", ...checkoutTable(c.summary, c.label));
    out.push("", `Checkout: load average ${c.loadAverage.before.map((x) => x.toFixed(1)).join(" / ")} before, ${c.loadAverage.after.map((x) => x.toFixed(1)).join(" / ")} after.`);
  }
  if (r.pages) {
    if (r.pages.loads?.length) out.push("", ...pageLoadTable(r.pages.loads));
    out.push("");
    if (r.pages.lighthouse.length) {
      out.push("| page (Lighthouse, mobile) | performance | LCP ms | CLS | TBT ms | FCP ms | script kB transferred | benchmarkIndex | without its scripts: performance | LCP ms | TBT ms |");
      out.push("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
      for (const p of r.pages.lighthouse) {
        const bare = p.withoutScripts;
        out.push(`| ${p.name} \`${p.path}\` | ${p.score} | ${fmt(p.lcpMs)} | ${p.cls} | ${fmt(p.tbtMs)} | ${fmt(p.fcpMs)} | ${p.scriptKB} | ${p.benchmarkIndex} | ${bare?.score ?? "–"} | ${bare ? fmt(bare.lcpMs) : "–"} | ${bare ? fmt(bare.tbtMs) : "–"} |`);
      }
    }
    for (const p of r.pages.lighthouse) {
      const mt = Object.entries(p.mainThread).map(([k, v]) => `${k} ${fmt(v)} ms`).join(", ");
      const boot = p.bootupScripts.map((b) => `${b.url.split("/").pop()} ${fmt(b.ms)} ms`).join(", ");
      out.push("", `${p.name}: main thread (simulated mobile) — ${mt}; costliest scripts — ${boot}`);
    }
    if (r.pages.lighthouseError) out.push(`Lighthouse failed: ${r.pages.lighthouseError}`);
    if (r.pages.firstLoadJs.length) {
      out.push("");
      out.push("| route | First Load JS (gzip kB) |");
      out.push("|---|--:|");
      for (const j of r.pages.firstLoadJs) out.push(`| \`${j.route}\` | ${j.kB} |`);
    }
  }
  out.push("");
  out.push("| target | goal | measured | |");
  out.push("|---|---|---|---|");
  for (const t of r.targets) out.push(`| ${t.name} | ${t.goal} | ${t.value} | ${mark(t.pass)} |`);
  const ratioLine = Object.entries(r.ratios)
    .filter(([, v]) => v != null)
    .map(([k, v]) => `${k} ${v}×`)
    .join(", ");
  if (ratioLine) out.push("", `Ratios: ${ratioLine}.`);
  for (const n of r.notes) out.push("", `Note: ${n}`);
  return out.join("\n");
}

type Bar = { label: string; rps: number; p99: number; color: string };

/**
 * Two bar panels, throughput and p99, per measured run, in groups that each have their own
 * scale: pages from nginx's cache run ~100× faster than anything an instance renders, and on one
 * scale they would flatten every other bar.
 */
export function chart(r: Results): string {
  const api: Bar[] = [];
  const colors: Record<TargetKey, string> = { a: "#2563eb", b: "#dc2626", c: "#16a34a", d: "#be185d" };
  for (const c of r.claims) api.push({ label: `${c.scenario === "claim" ? "claim" : "storm"} ${TARGET_NAME[c.target]}`, rps: c.measured.rps, p99: c.measured.p99, color: colors[c.target] });
  for (const f of r.floor ?? []) api.push({ label: `floor ${f.label.slice(0, 3)} ${f.label.includes("health") && f.label.startsWith("(a)") ? "/api/health" : "/health"}`, rps: f.measured.rps, p99: f.measured.p99, color: "#6b7280" });
  if (r.toggles) api.push({ label: "찜/follow (a) app", rps: r.toggles.measured.rps, p99: r.toggles.measured.p99, color: "#9333ea" });
  if (r.checkout) {
    const s = r.checkout.summary;
    api.push({ label: "checkout (a) order answers", rps: Math.round(s.ordersPerSecond), p99: s.steps.order.p99, color: "#0f766e" });
  }
  if (r.launch) api.push({ label: "launch (a) claim answers", rps: Math.round(r.launch.summary.claimAnswers.count / r.launch.durationSeconds), p99: r.launch.summary.claimAnswers.p99, color: "#ca8a04" });
  const pageBars = (via: PageLoad["via"], color: string): Bar[] =>
    (r.pages?.loads ?? []).filter((l) => l.via === via).map((l) => ({ label: l.name, rps: l.measured.rps, p99: l.measured.p99, color }));
  const connections = (via: PageLoad["via"]) => r.pages?.loads?.find((l) => l.via === via)?.connections;
  const groups = [
    { title: "", bars: api },
    { title: `pages via nginx (${connections("nginx")} connections)`, bars: pageBars("nginx", "#0891b2") },
    { title: `pages straight from one next start (${connections("direct")} connections)`, bars: pageBars("direct", "#ea580c") },
  ].filter((g) => g.bars.length);
  const rowH = 26;
  const titleH = 24;
  const top = 56;
  const labelW = 230;
  const panelW = 300;
  const height = top + groups.reduce((h, g) => h + (g.title ? titleH : 0) + g.bars.length * rowH, 0) + 30;
  const width = labelW + panelW * 2 + 60;
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="10" y="20" font-size="14" font-weight="600">npm run bench (${r.mode}) — ${esc(r.startedAt.slice(0, 16).replace("T", " "))}</text>`,
    `<text x="${labelW}" y="44" font-weight="600">throughput (req/s, higher is better)</text>`,
    `<text x="${labelW + panelW + 30}" y="44" font-weight="600">p99 latency (ms, lower is better)</text>`,
  ];
  let y = top;
  for (const g of groups) {
    if (g.title) {
      parts.push(`<text x="10" y="${y + 16}" font-weight="600" fill="#374151">${esc(g.title)}, own scale</text>`);
      y += titleH;
    }
    const maxRps = Math.max(1, ...g.bars.map((b) => b.rps));
    const maxP99 = Math.max(1, ...g.bars.map((b) => b.p99));
    for (const b of g.bars) {
      const w1 = Math.max(1, (b.rps / maxRps) * (panelW - 60));
      const w2 = Math.max(1, (b.p99 / maxP99) * (panelW - 60));
      parts.push(`<text x="${labelW - 8}" y="${y + 15}" text-anchor="end">${esc(b.label)}</text>`);
      parts.push(`<rect x="${labelW}" y="${y + 3}" width="${w1.toFixed(1)}" height="${rowH - 8}" fill="${b.color}"/>`);
      parts.push(`<text x="${labelW + w1 + 4}" y="${y + 15}">${fmt(b.rps)}</text>`);
      const x2 = labelW + panelW + 30;
      parts.push(`<rect x="${x2}" y="${y + 3}" width="${w2.toFixed(1)}" height="${rowH - 8}" fill="${b.color}" opacity="0.6"/>`);
      parts.push(`<text x="${x2 + w2 + 4}" y="${y + 15}">${fmt(b.p99, 1)}</text>`);
      y += rowH;
    }
  }
  parts.push(`<text x="10" y="${height - 8}" fill="#555">Same machine, same run; absolute numbers are noise on a shared 2-core machine, compare the bars.</text>`);
  parts.push("</svg>");
  return parts.join("\n");
}

/** The files of one run, replacing the previous run's (`dir` is bench/ except in tests). */
export async function writeOutputs(r: Results, dir = BENCH_DIR): Promise<void> {
  const latest = `# Latest \`npm run bench\` run\n\nWritten by the bench; what the figures mean and where the targets stand: [README.md](README.md).\n\n${tables(r)}\n`;
  await writeFile(path.join(dir, "results.json"), `${JSON.stringify(r, null, 2)}\n`);
  await writeFile(path.join(dir, "chart.svg"), `${chart(r)}\n`);
  await writeFile(path.join(dir, "latest.md"), latest);
}
