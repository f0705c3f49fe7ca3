// Scenario 3, under load: every public page (and, next to them, the event's live count and
// /api/health) requested by anonymous visitors for a few seconds, (a) through nginx in front of
// both instances, as production serves them, and (b) straight from one instance with no cache in
// front. Around each load the bench reads every instance's render counter (GET /api/health's
// `renders`, lib/render-count.ts): how often the origin rendered a page while it was served.
import type { LocalEnv } from "../../lib/local-env.ts";
import { sql } from "../members.ts";
import { round, runLoad, type Measured, type PlannedRequest } from "../load.ts";

/** `page`: a public page (the "≥ 0.7 × /api/health" target counts these, not the two API answers). */
export type PagePath = { name: string; path: string; page: boolean };
export type Via = "nginx" | "direct";

export type PageLoad = {
  name: string;
  path: string;
  page: boolean;
  via: Via;
  connections: number;
  measured: Measured;
  /** Pages rendered by the instances during the load; null when the build has no counter. */
  renders: number | null;
  rendersPerSecond: number | null;
  /** Requests without an answer plus answers other than 2xx. */
  errors: number;
};

export const HEALTH_PATH = "/api/health";

/** What Chromium sends with a page load: the page is measured as shoppers' browsers fetch it
 *  (compressed), and every load has the same headers, so nginx keeps one copy per page. */
export const BROWSER_HEADERS = {
  accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
  "accept-encoding": "gzip, deflate, br, zstd",
  "accept-language": "ko-KR,ko;q=0.9,en;q=0.8",
};

/** The public pages of issue #14 for this database: the most liked product, the most followed
 *  atelier, the category with the most products, and an open event. */
export async function publicPaths(ids: { product: number; atelier: number; event: number }): Promise<PagePath[]> {
  const { rows } = await sql().query<{ slug: string }>(
    "SELECT c.slug FROM categories c JOIN products p ON p.category_id = c.id GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1",
  );
  const slug = rows[0]?.slug;
  if (!slug) throw new Error("the bench database has no category with products (seed it)");
  const page = (name: string, path: string): PagePath => ({ name, path, page: true });
  return [
    page("/", "/"),
    page("/categories/[slug]", `/categories/${encodeURIComponent(slug)}`),
    page("/products/[id]", `/products/${ids.product}`),
    page("/ateliers", "/ateliers"),
    page("/ateliers/[id]", `/ateliers/${ids.atelier}`),
    page("/events/[id]", `/events/${ids.event}`),
    page("/search?q=머그", `/search?q=${encodeURIComponent("머그")}`),
    { name: "/api/coupon-events/[id]?live=1", path: `/api/coupon-events/${ids.event}?live=1`, page: false },
    { name: HEALTH_PATH, path: HEALTH_PATH, page: false },
  ];
}

/** Σ of the instances' render counters, or null if an instance does not report one. */
async function rendersSoFar(instanceUrls: string[]): Promise<number | null> {
  const counts = await Promise.all(
    instanceUrls.map(async (url) => {
      const body = (await (await fetch(`${url}${HEALTH_PATH}`)).json()) as { renders?: unknown };
      return typeof body.renders === "number" ? body.renders : null;
    }),
  );
  return counts.includes(null) ? null : counts.reduce<number>((sum, n) => sum + n!, 0);
}

export async function runPageLoads(opts: {
  paths: PagePath[];
  nginxUrl: string;
  instanceUrls: string[];
  seconds: number;
  nginxConnections: number;
  directConnections: number;
  env: LocalEnv;
}): Promise<PageLoad[]> {
  const get = (path: string): PlannedRequest => ({ member: 0, method: "GET", path });
  const load = { timeoutSeconds: 30, cookies: [], headers: BROWSER_HEADERS };
  // Unmeasured: every route loaded and run a few times on every instance, the pools open.
  const warmUp = Array.from({ length: 20 }, () => opts.paths.map((p) => get(p.path))).flat();
  for (const url of opts.instanceUrls) await runLoad({ ...load, url, connections: 10, requests: warmUp }, opts.env);

  const servers: { via: Via; url: string; connections: number }[] = [
    { via: "nginx", url: opts.nginxUrl, connections: opts.nginxConnections },
    { via: "direct", url: opts.instanceUrls[0]!, connections: opts.directConnections },
  ];
  const loads: PageLoad[] = [];
  for (const p of opts.paths) {
    for (const server of servers) {
      // Requested once first, as a page anyone visited in the last seconds has been: the target is
      // the steady state, not the pile-up of 100 connections on an empty cache entry (nginx has
      // no proxy_cache_lock). Sent by autocannon too: nginx keys its entries by the headers the
      // app's Vary names (Accept-Encoding among them), and fetch would send other ones.
      await runLoad({ ...load, url: server.url, connections: 1, requests: [get(p.path)] }, opts.env);
      const before = await rendersSoFar(opts.instanceUrls);
      const { measured } = await runLoad({ ...load, url: server.url, connections: server.connections, requests: [get(p.path)], seconds: opts.seconds }, opts.env);
      const after = await rendersSoFar(opts.instanceUrls);
      const renders = before === null || after === null ? null : after - before;
      const non2xx = Object.entries(measured.statuses).reduce((n, [status, count]) => n + (status.startsWith("2") ? 0 : count), 0);
      const run: PageLoad = {
        ...p,
        via: server.via,
        connections: server.connections,
        measured,
        renders,
        rendersPerSecond: renders === null ? null : round(renders / measured.seconds),
        errors: measured.unanswered + non2xx,
      };
      console.log(
        `    ${p.name} ${server.via === "nginx" ? "via nginx" : "from next start"} (${server.connections} conn): ${measured.rps} req/s, p99 ${measured.p99} ms, renders/s ${run.rendersPerSecond ?? "–"}, statuses ${JSON.stringify(measured.statuses)}${measured.cache ? `, X-Cache ${JSON.stringify(measured.cache)}` : ""}, unanswered ${measured.unanswered}`,
      );
      loads.push(run);
    }
  }
  return loads;
}
