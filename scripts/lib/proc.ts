// Child processes for the dev and test orchestrators: run-to-completion commands, and
// long-running servers that are always stopped (with their children) when we stop.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { ROOT, type LocalEnv } from "./local-env.ts";

export const bin = (name: string) => path.join(ROOT, "node_modules/.bin", name);

/** Runs a command to completion, streaming its output; rejects on a non-zero exit. */
export function run(cmd: string, args: string[], env: LocalEnv, opts: { quiet?: boolean } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: env as NodeJS.ProcessEnv, stdio: opts.quiet ? ["ignore", "ignore", "inherit"] : "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(cmd)} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

export type Server = { name: string; child: ChildProcess; exited: Promise<number | null>; stop(): Promise<void> };

/**
 * Starts a long-running process in its own process group, so stop() also ends whatever it
 * spawned (next start forks workers). Output lines are prefixed with the server's name.
 * `dieWithParent`: the kernel sends it SIGTERM when this process dies, however it dies (util-linux
 * `setpriv --pdeathsig`), so a crashed or killed test run leaves nothing running.
 */
export function startServer(name: string, cmd: string, args: string[], env: LocalEnv, opts: { quiet?: boolean; dieWithParent?: boolean } = {}): Server {
  const [file, argv] = opts.dieWithParent ? ["setpriv", ["--pdeathsig", "TERM", cmd, ...args]] : [cmd, args];
  const child = spawn(file, argv, { cwd: ROOT, env: env as NodeJS.ProcessEnv, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split("\n")
      .filter(Boolean)
      .map((line) => `[${name}] ${line}\n`)
      .join("");
  if (!opts.quiet) child.stdout?.on("data", (c: Buffer) => process.stdout.write(prefix(c)));
  child.stderr?.on("data", (c: Buffer) => process.stderr.write(prefix(c)));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
  };
  return { name, child, exited, stop };
}

/** Polls a URL until it answers (any status), or fails after the timeout. */
export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000), redirect: "manual" });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
