// Scenario 3: what a visitor's browser gets. First Load JS per page route, computed from the
// build's own manifests (Next.js 16 no longer prints it), and Lighthouse's mobile performance
// audit of four pages against the running build.
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { ROOT, type LocalEnv } from "../../lib/local-env.ts";
import { bin, run } from "../../lib/proc.ts";

export type RouteJs = { route: string; kB: number; files: number };

/**
 * First Load JS of every page route: the JavaScript the browser must fetch before the page is
 * interactive — the root main files (framework, runtime) plus the client chunks of every
 * segment of the route (layouts, boundaries, page) from its client-reference manifest — in
 * gzip kB (1 kB = 1000 B), as `next build` reported it up to Next.js 15. Polyfills (served
 * only to browsers without modules) are left out, as Next.js did.
 */
export async function firstLoadJs(distDir: string): Promise<RouteJs[]> {
  const dist = path.join(ROOT, distDir);
  const buildManifest = JSON.parse(await readFile(path.join(dist, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const sizes = new Map<string, number>();
  const gz = async (file: string) => {
    if (!sizes.has(file)) sizes.set(file, gzipSync(await readFile(path.join(dist, file)), { level: 9 }).length);
    return sizes.get(file)!;
  };
  const manifests: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.name === "page_client-reference-manifest.js") manifests.push(full);
    }
  };
  await walk(path.join(dist, "server/app"));
  const routes: RouteJs[] = [];
  for (const file of manifests) {
    const sandbox: { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {};
    runInNewContext(await readFile(file, "utf8"), sandbox);
    for (const [key, manifest] of Object.entries(sandbox.__RSC_MANIFEST ?? {})) {
      const route = key.replace(/\/page$/, "") || "/";
      if (route.startsWith("/_")) continue; // _not-found, _global-error
      const files = new Set(buildManifest.rootMainFiles);
      for (const chunks of Object.values(manifest.entryJSFiles ?? {})) for (const chunk of chunks) files.add(chunk);
      let bytes = 0;
      for (const f of files) bytes += await gz(f);
      routes.push({ route, kB: Math.round(bytes / 100) / 10, files: files.size });
    }
  }
  return routes.sort((a, b) => a.route.localeCompare(b.route));
}

export type LighthouseResult = {
  name: string;
  path: string;
  score: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
  /** Script bytes the page actually transferred (compressed), a cross-check of First Load JS. */
  scriptKB: number;
  /** Lighthouse's own CPU benchmark of this machine at the time (higher = faster; its 4× CPU
   *  slowdown is calibrated for a machine scoring about 1000 or more). */
  benchmarkIndex: number;
  /** Where the (simulated, 4× slowed) main thread spent its time, and the costliest scripts. */
  mainThread: Record<string, number>;
  bootupScripts: { url: string; ms: number }[];
  /** The same page with the app's scripts blocked: what this machine's browser scores for its
   *  HTML, CSS and images alone, the ceiling any work on the JavaScript could reach here. */
  withoutScripts?: { score: number; lcpMs: number; tbtMs: number };
};

/** The app's own scripts (Next.js's chunks); inline scripts stay, and do nothing without them. */
const APP_SCRIPTS = "*/_next/static/chunks/*.js";

const CHROMIUM = "/usr/bin/chromium";
const CHROME_FLAGS = "--no-sandbox --disable-background-networking --disable-component-update --disable-sync --headless";

type LhJson = {
  categories: { performance: { score: number } };
  audits: Record<string, { numericValue?: number; details?: { items?: { resourceType?: string; transferSize?: number; group?: string; groupLabel?: string; duration?: number; url?: string; total?: number }[] } }>;
  runtimeError?: { message: string };
  environment?: { benchmarkIndex?: number };
};

/**
 * Lighthouse (npm `lighthouse`, its default mobile profile: emulated Moto G Power, simulated
 * slow 4G and 4× CPU slowdown) against one page.
 */
async function lighthouseOnce(name: string, url: string, env: LocalEnv, blockScripts: boolean): Promise<LighthouseResult> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (apt-get install chromium)`);
  const dir = await mkdtemp(path.join(tmpdir(), "gongbang-lh-"));
  try {
    const out = path.join(dir, "report.json");
    await run(
      bin("lighthouse"),
      [
        url,
        "--quiet",
        "--output=json",
        `--output-path=${out}`,
        "--only-categories=performance",
        `--chrome-flags=${CHROME_FLAGS}`,
        "--max-wait-for-load=60000",
        ...(blockScripts ? [`--blocked-url-patterns=${APP_SCRIPTS}`] : []),
      ],
      { ...env, CHROME_PATH: CHROMIUM },
    );
    const report = JSON.parse(await readFile(out, "utf8")) as LhJson;
    if (report.runtimeError) throw new Error(`lighthouse ${url}: ${report.runtimeError.message}`);
    const audit = (id: string) => report.audits[id]?.numericValue ?? NaN;
    const scripts = (report.audits["network-requests"]?.details?.items ?? []).filter((r) => r.resourceType === "Script");
    return {
      name,
      path: new URL(url).pathname,
      score: Math.round(report.categories.performance.score * 100),
      lcpMs: Math.round(audit("largest-contentful-paint")),
      cls: Math.round(audit("cumulative-layout-shift") * 1000) / 1000,
      tbtMs: Math.round(audit("total-blocking-time")),
      fcpMs: Math.round(audit("first-contentful-paint")),
      scriptKB: Math.round(scripts.reduce((n, r) => n + (r.transferSize ?? 0), 0) / 100) / 10,
      benchmarkIndex: Math.round(report.environment?.benchmarkIndex ?? NaN),
      mainThread: Object.fromEntries((report.audits["mainthread-work-breakdown"]?.details?.items ?? []).map((i) => [i.groupLabel ?? i.group ?? "?", Math.round(i.duration ?? 0)])),
      bootupScripts: (report.audits["bootup-time"]?.details?.items ?? []).slice(0, 5).map((i) => ({ url: (i.url ?? "").replace(/^https?:\/\/[^/]+/, ""), ms: Math.round(i.total ?? 0) })),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The audit's median run by score (`runs` of each), with the median of the same page without its scripts. */
export async function lighthouse(name: string, url: string, env: LocalEnv, runs: number): Promise<LighthouseResult> {
  const median = async (blockScripts: boolean) => {
    const results: LighthouseResult[] = [];
    for (let i = 0; i < runs; i++) results.push(await lighthouseOnce(name, url, env, blockScripts));
    return results.sort((a, b) => a.score - b.score)[Math.floor(results.length / 2)]!;
  };
  const withScripts = await median(false);
  const { score, lcpMs, tbtMs } = await median(true);
  return { ...withScripts, withoutScripts: { score, lcpMs, tbtMs } };
}
