// The production build, run as production runs it: the standalone server, N instances behind a
// round-robin balancer on the app's URL.
import { cp } from "node:fs/promises";
import path from "node:path";
import { startRoundRobinProxy, type RoundRobinProxy } from "../stand-ins/round-robin-proxy.ts";
import { ROOT, type LocalEnv } from "../lib/local-env.ts";
import { bin, run, startServer, waitForHttp, type Server } from "../lib/proc.ts";

const STANDALONE = path.join(ROOT, ".next/standalone");

/** `next build`, then the static files the standalone server expects beside it. */
export async function buildApp(env: LocalEnv): Promise<void> {
  await run(bin("next"), ["build"], { ...env, NODE_ENV: "production" });
  await cp(path.join(ROOT, "public"), path.join(STANDALONE, "public"), { recursive: true });
  await cp(path.join(ROOT, ".next/static"), path.join(STANDALONE, ".next/static"), { recursive: true });
}

export type RunningApp = { url: string; proxy: RoundRobinProxy; instances: Server[]; stop(): Promise<void> };

export async function startApp(env: LocalEnv, opts: { port: number; instancePorts: number[] }): Promise<RunningApp> {
  const instances = opts.instancePorts.map((port) =>
    startServer(`app:${port}`, process.execPath, [path.join(STANDALONE, "server.js")], { ...env, NODE_ENV: "production", PORT: String(port), HOSTNAME: "127.0.0.1" }, { quiet: true }),
  );
  try {
    await Promise.all(opts.instancePorts.map((port) => waitForHttp(`http://127.0.0.1:${port}/api/health`)));
  } catch (error) {
    await Promise.all(instances.map((i) => i.stop()));
    throw error;
  }
  const proxy = await startRoundRobinProxy({ port: opts.port, upstreams: opts.instancePorts.map((p) => `http://127.0.0.1:${p}`) });
  return {
    url: proxy.url,
    proxy,
    instances,
    stop: async () => {
      await proxy.close();
      await Promise.all(instances.map((i) => i.stop()));
    },
  };
}
