// npm run bench [-- --quick] [--rebuild | --skip-build] [--only claims,toggles,pages,launch,news,checkout] [--profile]
//
// Starts what it needs (bench database, Redis db 9, stand-ins, the production build as two
// instances behind nginx with production's configuration, the two bare claim servers), runs the scenarios,
// stops everything it started (also on Ctrl-C and on failure), prints the table and writes
// bench/results.json, bench/chart.svg and bench/latest.md.
// See bench/README.md for what each scenario means.
import { existsSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { Redis } from "ioredis";
import pg from "pg";
import { migrate } from "../lib/database.ts";
import { ROOT, type LocalEnv } from "../lib/local-env.ts";
import { startServer, waitForHttp, type Server } from "../lib/proc.ts";
import { buildApp, startApp } from "../test/app.ts";
import { startTestStack } from "../test/stack.ts";
import {
  APP_INSTANCE_PORTS,
  BASELINE_PORT,
  BENCH_DATABASE,
  BENCH_DIST_DIR,
  BENCH_PORTS,
  BENCH_REDIS_URL,
  FULL,
  QUICK,
  STACK_PORT,
  BATCHED_STACK_PORT,
} from "./config.ts";
import { runLoad, type PlannedRequest } from "./load.ts";
import { closeSql, createMembers, type BenchMember } from "./members.ts";
import { summariseProfiles } from "./profile.ts";
import { ANCHORS, evaluate, tables, writeOutputs, type Results } from "./report.ts";
import { runCheckout } from "./scenarios/checkout.ts";
import { claimOrder, createEvent, runClaims, type ClaimRun, type ClaimTarget } from "./scenarios/claims.ts";
import { runLaunch } from "./scenarios/launch.ts";
import { runNews } from "./scenarios/news.ts";
import { publicPaths, runPageLoads } from "./scenarios/page-loads.ts";
import { firstLoadJs, lighthouse, type LighthouseResult } from "./scenarios/pages.ts";
import { hotTargets, runToggles } from "./scenarios/toggles.ts";

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    rebuild: { type: "boolean", default: false },
    "skip-build": { type: "boolean", default: false },
    only: { type: "string" },
    profile: { type: "boolean", default: false },
  },
});
const mode = args.quick ? "quick" : "full";
const sizes = args.quick ? QUICK : FULL;
const only = new Set((args.only ?? "claims,toggles,pages,launch,news,checkout").split(",").map((s) => s.trim()));
const SEED = 20_260_101;
/** Job-queue workers the bench stack runs (scenario 5 sends its mail through them). */
const STACK_WORKERS = 2;
const started = Date.now();
const startedAt = new Date().toISOString();
const loadAverageAtStart = os.loadavg();
const notes: string[] = [];

// ── everything started is stopped, in reverse order, exactly once ─────────────────────────────
const stops: { name: string; stop: () => Promise<void> }[] = [];
let stopping: Promise<void> | undefined;
function stopAll(): Promise<void> {
  stopping ??= (async () => {
    for (const s of stops.reverse()) {
      try {
        await s.stop();
      } catch (error) {
        console.error(`stopping ${s.name}: ${(error as Error).message}`);
      }
    }
  })();
  return stopping;
}
// `process.on`, not `once`: Ctrl-C reaches this process twice (from the terminal and relayed by
// the tsx wrapper), and a second signal must not kill it before it has stopped everything.
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping what the bench started…`);
    void stopAll().then(() => process.exit(130));
  });
}

const step = async <T,>(name: string, fn: () => Promise<T>): Promise<T> => {
  const t = Date.now();
  console.log(`▶ ${name}`);
  const value = await fn();
  console.log(`  ✔ ${name} (${((Date.now() - t) / 1000).toFixed(1)}s)`);
  return value;
};

async function benchDatabaseReady(): Promise<boolean> {
  const client = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:5432/${BENCH_DATABASE}` });
  try {
    await client.connect();
    const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM products");
    return rows[0]!.n > 0;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function buildIsMissing(): boolean {
  return !existsSync(path.join(ROOT, BENCH_DIST_DIR, "standalone/server.js"));
}

/** A bare claim server, run as the app's code runs: production mode, react-server conditions. */
function startBare(name: string, file: string, port: number, env: LocalEnv, nodeArgs: string[], extraEnv: LocalEnv = {}): Server {
  return startServer(
    name,
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", ...nodeArgs, path.join(import.meta.dirname, "servers", file)],
    { ...env, ...extraEnv, NODE_ENV: "production", PORT: String(port) },
    { quiet: true },
  );
}

const post = (url: string) => fetch(url, { method: "POST" }).then((r) => void r.body?.cancel());
const get = (url: string) => fetch(url).then((r) => void r.body?.cancel());

let failed = false;
let results: Results | undefined;
try {
  console.log(`npm run bench — ${mode} mode (${os.cpus().length} cores, load average ${loadAverageAtStart.map((x) => x.toFixed(1)).join(" ")})`);

  // ── the stack: database, Redis db 9, stand-ins on the bench's ports ───────────────────────
  const reuseData = args.quick && (await benchDatabaseReady());
  const stack = await step(reuseData ? "bench stack (reusing the seeded bench database)" : "bench stack (fresh database, migrate, seed)", () =>
    startTestStack({ ports: BENCH_PORTS, redisUrl: BENCH_REDIS_URL, database: BENCH_DATABASE, freshData: !reuseData, workers: STACK_WORKERS }),
  );
  stops.push({ name: "stand-ins", stop: () => stack.stop() });
  const env = stack.env;
  if (reuseData) {
    await migrate(env);
    const redis = new Redis(BENCH_REDIS_URL);
    await redis.flushdb();
    redis.disconnect();
  }
  // members.ts (members, sql) reads these from the process environment.
  Object.assign(process.env, { DATABASE_URL: env.DATABASE_URL, AUTH_SECRET: env.AUTH_SECRET });
  stops.push({ name: "database clients", stop: () => closeSql() });

  // ── the build (quick mode reuses an existing one) ────────────────────────────────────────
  if (args.rebuild || buildIsMissing() || (!args.quick && !args["skip-build"])) {
    await step(`next build → ${BENCH_DIST_DIR}`, () => buildApp(env, { distDir: BENCH_DIST_DIR }));
  } else {
    const built = statSync(path.join(ROOT, BENCH_DIST_DIR, "BUILD_ID")).mtime;
    notes.push(`reused the build in ${BENCH_DIST_DIR} from ${built.toISOString()} (--rebuild to rebuild)`);
    console.log(`▶ reusing the build in ${BENCH_DIST_DIR} (${built.toISOString()}); --rebuild to rebuild`);
  }

  // ── servers: (a) two instances + balancer, (b) row-lock baseline, (c) bare Lua, (d) batched ─
  const profileDir = path.join(ROOT, "bench/profiles", `${mode}-${startedAt.replace(/[:.]/g, "-")}`);
  const nodeArgs = args.profile ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  if (args.profile) await mkdir(profileDir, { recursive: true });
  const app = await step(`app: ${APP_INSTANCE_PORTS.join(" + ")} behind nginx on ${BENCH_PORTS.app}`, () =>
    // Two trusted hops: the load plays a CDN that names each member's address (load-worker.ts).
    startApp(env, { port: BENCH_PORTS.app, instancePorts: APP_INSTANCE_PORTS, distDir: BENCH_DIST_DIR, nodeArgs, trustedProxyHops: 2 }),
  );
  stops.push({ name: "app", stop: () => app.stop() });
  const bare = await step(`bare servers: (b) row lock on ${BASELINE_PORT}, (c) bare Lua on ${STACK_PORT}, (d) batched on ${BATCHED_STACK_PORT}`, async () => {
    const servers = [
      startBare("baseline(b)", "baseline-server.ts", BASELINE_PORT, env, nodeArgs),
      startBare("stack(c)", "stack-server.ts", STACK_PORT, env, nodeArgs),
      startBare("batched(d)", "stack-server.ts", BATCHED_STACK_PORT, env, nodeArgs, { BENCH_BATCHED: "1" }),
    ];
    stops.push({ name: "bare servers", stop: async () => void (await Promise.all(servers.map((s) => s.stop()))) });
    await Promise.all([BASELINE_PORT, STACK_PORT, BATCHED_STACK_PORT].map((port) => waitForHttp(`http://127.0.0.1:${port}/health`)));
    return servers;
  });
  const processNames = new Map<number, string>([
    ...app.instances.map((s, i) => [s.child.pid!, `app instance ${i + 1} (${APP_INSTANCE_PORTS[i]})`] as [number, string]),
    ...bare.map((s) => [s.child.pid!, s.name] as [number, string]),
  ]);

  const targets: ClaimTarget[] = [
    {
      key: "a",
      label: "app: 2 × next start behind the balancer",
      url: `http://127.0.0.1:${BENCH_PORTS.app}`,
      // The event page's polling loads the event into Redis and each instance's cache before it opens.
      warm: async (id) => void (await Promise.all(APP_INSTANCE_PORTS.map((p) => get(`http://127.0.0.1:${p}/api/coupon-events/${id}?live=1`)))),
    },
    { key: "b", label: "row-lock baseline: bare node:http + Prisma", url: `http://127.0.0.1:${BASELINE_PORT}`, warm: async () => undefined },
    { key: "c", label: "bare Lua: bare node:http + @upstash/redis + Prisma", url: `http://127.0.0.1:${STACK_PORT}`, warm: (id) => post(`http://127.0.0.1:${STACK_PORT}/bench/warm/${id}`) },
    {
      key: "d",
      label: "batched bare Lua: (c) with each event-loop turn's claims sharing gateway requests",
      url: `http://127.0.0.1:${BATCHED_STACK_PORT}`,
      warm: (id) => post(`http://127.0.0.1:${BATCHED_STACK_PORT}/bench/warm/${id}`),
    },
  ];

  // ── members: real rows, sessions minted with Auth.js's encode and the app's secret ──────
  const memberCount = Math.max(only.has("claims") ? sizes.claim.members : 0, only.has("toggles") ? sizes.toggles.members : 0);
  const members: BenchMember[] = memberCount ? await step(`${memberCount} members (+ 200 for warm-up)`, () => createMembers(memberCount, "bench")) : [];
  const warming = memberCount > 0 || only.has("launch");
  const warmMembers = warming ? await createMembers(200, "warm") : [];
  const gatewayStats = stack.standIns.upstash ? () => stack.standIns.upstash!.stats() : undefined;

  // ── warm-up: every server answers a few hundred claims (and toggles) before measuring ────
  if (warming) {
    await step("warm-up (not measured)", async () => {
      // The launch scenario measures the app alone.
      for (const target of only.has("claims") ? targets : targets.slice(0, 1)) {
        const eventId = await createEvent(100, `bench warm-up ${target.key}`);
        await target.warm(eventId);
        const requests: PlannedRequest[] = Array.from({ length: sizes.warmup }, (_, i) => ({ member: i % warmMembers.length, method: "POST", path: `/api/coupon-events/${eventId}/claim` }));
        await runLoad({ url: target.url, connections: 50, timeoutSeconds: 60, cookies: warmMembers.map((m) => m.cookie), requests }, env);
      }
      if (only.has("toggles")) {
        const hot = await hotTargets(sizes.toggles.products, sizes.toggles.ateliers);
        const requests: PlannedRequest[] = warmMembers.slice(0, sizes.warmup).map((_, i) => ({ member: i, method: i % 2 ? "PUT" : "DELETE", path: i % 5 ? `/api/products/${hot.products[i % hot.products.length]}/like` : `/api/ateliers/${hot.ateliers[0]}/follow` }));
        await runLoad({ url: targets[0]!.url, connections: 50, timeoutSeconds: 60, cookies: warmMembers.map((m) => m.cookie), requests }, env);
      }
    });
  }

  // ── 0. the floor: the cheapest route of each server, for scale ─────────────────────────────
  let floor: Results["floor"];
  if (only.has("claims") && members.length) {
    floor = [];
    const requests: PlannedRequest[] = Array.from({ length: sizes.claim.requests }, (_, i) => ({ member: i % members.length, method: "GET", path: "" }));
    for (const f of [
      { label: "(a) app: GET /api/health (1 SQL + 1 Redis PING) via balancer", url: targets[0]!.url, path: "/api/health" },
      { label: "(c) bare node:http: GET /health (no I/O)", url: targets[2]!.url, path: "/health" },
    ]) {
      const { measured } = await step(`0 floor — ${f.label}`, () =>
        runLoad({ url: f.url, connections: sizes.claim.connections, timeoutSeconds: 60, cookies: members.map((m) => m.cookie), requests: requests.map((r) => ({ ...r, path: f.path })) }, env),
      );
      console.log(`    ${measured.rps} req/s, p99 ${measured.p99} ms, statuses ${JSON.stringify(measured.statuses)}`);
      floor.push({ label: f.label, measured });
    }
  }

  // ── 1. coupon claim, three ways, then the sold-out storm, three ways ──────────────────────
  const claims: ClaimRun[] = [];
  if (only.has("claims")) {
    const claimMembers = members.slice(0, sizes.claim.members);
    const order = claimOrder(claimMembers.length, sizes.claim.requests, SEED);
    for (const scenario of ["claim", "soldout"] as const) {
      for (const target of targets) {
        const r = await step(`1 ${scenario === "claim" ? "claim" : "sold-out storm"} — ${target.label}: ${sizes.claim.requests} requests from ${claimMembers.length} members for ${sizes.claim.coupons} coupons`, () =>
          runClaims({ scenario, target, members: claimMembers, order, coupons: sizes.claim.coupons, connections: sizes.claim.connections, env, ...(gatewayStats ? { gatewayStats } : {}) }),
        );
        const k = r.correctness;
        console.log(
          `    ${r.measured.rps} req/s, p50 ${r.measured.p50} / p95 ${r.measured.p95} / p99 ${r.measured.p99} ms, statuses ${JSON.stringify(r.measured.statuses)}; issued ${k.issued}, over ${k.overIssued}, dup ${k.duplicates}, lost ${k.lost}, undersold ${k.undersold}, errors ${k.errors}${r.gateway ? `; gateway ${r.gateway.perClaim} req/claim, ${r.gateway.avgMs} ms each` : ""}`,
        );
        claims.push(r);
      }
    }
  }

  // ── 2. 찜/follow ──────────────────────────────────────────────────────────────────────────
  let toggles: Results["toggles"];
  if (only.has("toggles")) {
    const hot = await hotTargets(sizes.toggles.products, sizes.toggles.ateliers);
    toggles = await step(`2 찜/follow — ${sizes.toggles.requests} PUT/DELETE from ${sizes.toggles.members} members on products ${hot.products.join(",")} and ateliers ${hot.ateliers.join(",")}`, () =>
      runToggles({ url: targets[0]!.url, members: members.slice(0, sizes.toggles.members), requests: sizes.toggles.requests, ...hot, connections: sizes.toggles.connections, seed: SEED, env }),
    );
    console.log(`    ${toggles.measured.rps} req/s, p99 ${toggles.measured.p99} ms, statuses ${JSON.stringify(toggles.measured.statuses)}; counter ≠ rows: ${toggles.countMismatch}`);
  }

  // ── 3. pages ────────────────────────────────────────────────────────────────────────────
  let pages: Results["pages"];
  if (only.has("pages")) {
    const js = await step("3 First Load JS from the build's manifests", () => firstLoadJs(BENCH_DIST_DIR));
    const hot = await hotTargets(1, 1);
    const eventId = await createEvent(500, "bench 이벤트 페이지");
    const paths = await publicPaths({ product: hot.products[0]!, atelier: hot.ateliers[0]!, event: eventId });
    const { seconds, nginxConnections, directConnections } = sizes.pageLoads;
    const loads = await step(`3 pages under load — ${paths.length} paths, ${seconds} s each via nginx (${nginxConnections} conn) and from one next start (${directConnections} conn)`, () =>
      runPageLoads({ paths, nginxUrl: app.url, instanceUrls: app.instanceUrls, seconds, nginxConnections, directConnections, env }),
    );
    if (loads.some((l) => l.renders === null)) notes.push(`the build in ${BENCH_DIST_DIR} reports no render count on /api/health (built before lib/render-count.ts; --rebuild)`);
    const lh: LighthouseResult[] = [];
    let lighthouseError: string | undefined;
    try {
      const pagesToAudit = [
        { name: "home", path: "/" },
        { name: "product", path: `/products/${hot.products[0]}` },
        { name: "atelier", path: `/ateliers/${hot.ateliers[0]}` },
        { name: "event", path: `/events/${eventId}` },
      ].slice(0, sizes.lighthousePages);
      for (const p of pagesToAudit) {
        const url = `http://localhost:${BENCH_PORTS.app}${p.path}`;
        await get(url); // rendered once before the audit, as any visited page has been
        const r = await step(`3 Lighthouse (mobile) ${p.name} ${p.path}`, () => lighthouse(p.name, url, env, sizes.lighthouseRuns));
        console.log(`    performance ${r.score}, LCP ${r.lcpMs} ms, CLS ${r.cls}, TBT ${r.tbtMs} ms, scripts ${r.scriptKB} kB, benchmarkIndex ${r.benchmarkIndex}; without its scripts ${r.withoutScripts?.score}, LCP ${r.withoutScripts?.lcpMs} ms, TBT ${r.withoutScripts?.tbtMs} ms`);
        lh.push(r);
      }
      if (args.quick) notes.push(`quick mode audits ${sizes.lighthousePages} page(s) with Lighthouse; a full run audits all four`);
    } catch (error) {
      lighthouseError = (error as Error).message;
      console.error(`  ✘ Lighthouse: ${lighthouseError}`);
    }
    pages = { firstLoadJs: js, loads, lighthouse: lh, ...(lighthouseError ? { lighthouseError } : {}) };
  }

  // ── 4. the opening second (issue #15 item 6) ───────────────────────────────────────────────
  let launch: Results["launch"];
  if (only.has("launch")) {
    const l = sizes.launch;
    const launchMembers = await step(`${l.members} launch members`, () => createMembers(l.members, "launch"));
    launch = await step(`4 launch — ${l.members} members load /events/<id> and press 쿠폰 받기 within ${l.arrivalMs} ms, ${l.coupons} coupons, following Retry-After until decided`, () =>
      runLaunch({ url: app.url, instanceUrls: app.instanceUrls, members: launchMembers, sizes: l, redisUrl: BENCH_REDIS_URL, seed: SEED, env }),
    );
    const s = launch.summary;
    console.log(
      `    sold out in ${s.soldOutSeconds ?? "–"} s; decided p50 ${s.decision.p50} / p99 ${s.decision.p99} ms; claim answers p99 ${s.claimAnswers.p99} ms ${JSON.stringify(s.claimAnswers.statuses)}; longest wait ${s.longestWaitMs} ms; unanswered ${s.unanswered}, 5xx ${s.serverErrors}, undecided ${s.undecided}; inversions ${s.inversions.admissionRecord} + ${s.inversions.answers}; never queued p99 ${s.neverQueued.p99 ?? "–"} ms (${s.neverQueued.members}); load ${launch.loadAverage.after.map((x) => x.toFixed(1)).join(" ")}`,
    );
  }

  // ── 5. follower news through the job queue (issue #16 item 5) ──────────────────────────────
  let news: Results["news"];
  if (only.has("news")) {
    news = await step(`5 follower news — ${sizes.news.followers} consenting followers, one follower coupon, mails until all are in the outbox`, () =>
      runNews({ url: app.url, mailUrl: env.RESEND_BASE_URL!, followers: sizes.news.followers, workers: STACK_WORKERS }),
    );
    console.log(`    enqueued ${news.enqueued} in ${news.batches} batches, sent ${news.sent}, duplicates ${news.duplicates}, lost ${news.lost}, ${news.seconds} s, ${news.mailsPerSecond} mails/s`);
  }

  // ── 6. checkout against little stock, coupons raced in two tabs (issue #17) ─────────────────
  let checkout: Results["checkout"];
  if (only.has("checkout")) {
    const c = sizes.checkout;
    const checkoutMembers = await step(`${c.members} checkout members`, () => createMembers(c.members, "checkout"));
    checkout = await step(
      `6 checkout — ${c.members} members within ${c.arrivalMs} ms, ${c.products} products × ${c.stock} pieces, ${c.couponHolders} racing one coupon in two tabs; order → payment page → Toss window → success page → confirm`,
      () => runCheckout({ url: app.url, members: checkoutMembers, sizes: c, seed: SEED, env }),
    );
    const s = checkout.summary;
    const k = s.correctness;
    console.log(
      `    paid ${s.orders.paid} of ${s.orders.placed} placed (${s.orders.attempted} attempted; refused ${JSON.stringify(s.orders.refusals)}), ${s.pieces.sold} of ${s.pieces.initial} pieces sold in ${s.durationSeconds} s, ${s.checkoutsPerSecond} checkouts/s, ${s.ordersPerSecond} order answers/s; order p99 ${s.steps.order.p99} ms, confirm p99 ${s.steps.confirm.p99} ms; 5xx ${s.serverErrors}, unanswered ${s.unanswered}, unfinished ${s.unfinished}; oversold ${k.oversold}, double-redeemed ${k.doubleRedeemed}, charged without order ${k.chargedWithoutOrder}, paid without charge ${k.paidWithoutCharge}, stock mismatch ${k.stockMismatch}`,
    );
  }

  await step("stopping everything the bench started", () => stopAll());
  if (args.profile) {
    const summaries = await summariseProfiles(profileDir, processNames);
    notes.push(`CPU profiles of ${summaries.length} processes in ${path.relative(ROOT, profileDir)} (summary.md)`);
    for (const s of summaries) console.log(`  profile ${s.process}: ${s.idlePct} % idle; top: ${s.topPackages.slice(0, 5).map((p) => `${p.name} ${p.pct} %`).join(", ")}`);
  }

  const partial = { claims, ...(floor ? { floor } : {}), ...(toggles ? { toggles } : {}), ...(pages ? { pages } : {}), ...(launch ? { launch } : {}), ...(news ? { news } : {}), ...(checkout ? { checkout } : {}) };
  results = {
    mode,
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version, loadAverageAtStart },
    sizes,
    anchors: ANCHORS,
    ...partial,
    ...evaluate(partial),
    notes,
  };
  await writeOutputs(results);
} catch (error) {
  failed = true;
  console.error(`\n✘ bench failed: ${(error as Error).stack ?? error}`);
} finally {
  await stopAll();
}
if (results) {
  console.log(`\n${tables(results)}\n`);
  console.log("Wrote bench/results.json, bench/chart.svg and bench/latest.md.");
}
console.log(`${failed ? "✘ bench failed" : "✔ bench done"} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(failed ? 1 : 0);
