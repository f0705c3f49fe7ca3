// Job workers (`npm run worker`, scripts/worker.ts) as child processes of the dev and test
// orchestrators, stopped with them.
import { bin, startServer, type Server } from "./proc.ts";
import type { LocalEnv } from "./local-env.ts";

/** The command `npm run worker` runs (package.json). */
const WORKER_ARGS = ["--import", "./scripts/lib/server-only-hook.mjs", "scripts/worker.ts"];

/** Starts `count` worker processes on this environment; each dies with this process. */
export function startWorkers(env: LocalEnv, count: number, opts: { quiet?: boolean } = {}): Server[] {
  return Array.from({ length: count }, (_, i) => startServer(`worker:${i + 1}`, bin("tsx"), WORKER_ARGS, env, { quiet: opts.quiet, dieWithParent: true }));
}
