// The production build, run as production runs it: the standalone server, N instances behind
// nginx with production's configuration (nginx.conf.template) on the app's URL.
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { ROOT, type LocalEnv } from "../lib/local-env.ts";
import { bin, run, startServer, waitForHttp, type Server } from "../lib/proc.ts";
import { startNginx, type Nginx } from "./nginx.ts";

/** The build's directory (next.config.ts reads NEXT_DIST_DIR); `npm test` uses the default `.next`. */
export type BuildOptions = { distDir?: string };

const distDirOf = (opts: BuildOptions) => opts.distDir ?? ".next";
const standaloneOf = (opts: BuildOptions) => path.join(ROOT, distDirOf(opts), "standalone");

/** Files `next build` rewrites for its dist dir (type includes); a build elsewhere leaves them as they were. */
const REWRITTEN_BY_BUILD = ["tsconfig.json", "next-env.d.ts"];

/** `next build`, then the static files the standalone server expects beside it. */
export async function buildApp(env: LocalEnv, opts: BuildOptions = {}): Promise<void> {
  const distDir = distDirOf(opts);
  const standalone = standaloneOf(opts);
  const kept = opts.distDir ? await Promise.all(REWRITTEN_BY_BUILD.map((f) => readFile(path.join(ROOT, f), "utf8").catch(() => null))) : [];
  try {
    await run(bin("next"), ["build"], { ...env, NODE_ENV: "production", ...(opts.distDir ? { NEXT_DIST_DIR: distDir } : {}) });
  } finally {
    await Promise.all(kept.map((text, i) => (text === null ? undefined : writeFile(path.join(ROOT, REWRITTEN_BY_BUILD[i]!), text))));
  }
  await cp(path.join(ROOT, "public"), path.join(standalone, "public"), { recursive: true });
  await cp(path.join(ROOT, distDir, "static"), path.join(standalone, distDir, "static"), { recursive: true });
}

/** `instanceUrls` reach the instances past the balancer (tests that play a client's address). */
export type RunningApp = { url: string; instanceUrls: string[]; balancer: Nginx; instances: Server[]; stop(): Promise<void> };

export type StartOptions = BuildOptions & {
  port: number;
  instancePorts: number[];
  /** Extra Node flags for each instance (the benchmark's `--cpu-prof`). */
  nodeArgs?: string[];
  /** X-Forwarded-For entries the instances trust (default: the balancer's one). */
  trustedProxyHops?: number;
};

/** nginx appends the peer it saw to X-Forwarded-For: one trusted hop (lib/client-ip.ts). */
export const TRUSTED_PROXY_HOPS = 1;

/** One instance of the build (the standalone server) on 127.0.0.1:port; it dies with this process. */
export function startInstance(env: LocalEnv, opts: BuildOptions & { port: number; nodeArgs?: string[]; trustedProxyHops: number }): Server {
  // KEEP_ALIVE_TIMEOUT as in the image: longer than nginx keeps an idle instance connection (30 s).
  const server = path.join(standaloneOf(opts), "server.js");
  const instanceEnv = { ...env, NODE_ENV: "production", PORT: String(opts.port), HOSTNAME: "127.0.0.1", KEEP_ALIVE_TIMEOUT: "65000", TRUSTED_PROXY_HOPS: String(opts.trustedProxyHops) };
  return startServer(`app:${opts.port}`, process.execPath, [...(opts.nodeArgs ?? []), server], instanceEnv, { quiet: true, dieWithParent: true });
}

export async function startApp(env: LocalEnv, opts: StartOptions): Promise<RunningApp> {
  const instances = opts.instancePorts.map((port) => startInstance(env, { ...opts, port, trustedProxyHops: opts.trustedProxyHops ?? TRUSTED_PROXY_HOPS }));
  let balancer: Nginx;
  try {
    await Promise.all(opts.instancePorts.map((port) => waitForHttp(`http://127.0.0.1:${port}/api/health`)));
    balancer = await startNginx({ port: opts.port, upstreams: opts.instancePorts.map((p) => `127.0.0.1:${p}`) });
  } catch (error) {
    await Promise.all(instances.map((i) => i.stop()));
    throw error;
  }
  return {
    url: balancer.url,
    instanceUrls: opts.instancePorts.map((p) => `http://127.0.0.1:${p}`),
    balancer,
    instances,
    stop: async () => {
      await balancer.stop();
      await Promise.all(instances.map((i) => i.stop()));
    },
  };
}
