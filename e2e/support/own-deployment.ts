// A deployment of its own beside the test stack, for specs that must know which process runs a
// job (a worker to kill while it holds one) or that need settings the stack's workers do not
// have (quiet hours). Everything on one pg-boss schema shares its queues, so the stack's two
// workers would take the jobs of an app instance on theirs: this one is an instance of the same
// build and worker processes (npm run worker) on the stack's database, Redis and outbox, with a
// job queue schema of their own (JOB_QUEUE_SCHEMA). Only the workers started here take its jobs,
// and only what is done through its URL is queued there.
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { waitForHttp } from "../../scripts/lib/proc";
import { startWorkers } from "../../scripts/lib/worker-process";
import { startInstance } from "../../scripts/test/app";
import { TEST_DIST_DIR } from "../../scripts/test/stack";
import { sql } from "./data";

export type OwnWorker = {
  pid: number;
  /** Resolves once the worker polls its queues. */
  ready: Promise<void>;
  /** SIGKILL to the worker and its children: no graceful stop, jobs in hand stay active. */
  kill(): Promise<void>;
  stop(): Promise<void>;
};

export type QueuedJob = { id: string; state: string; startAfter: Date; data: Record<string, unknown> };

export type OwnDeployment = {
  /** The instance's own origin (AUTH_URL), reached directly; the stack's session cookies (host localhost) work here too. */
  url: string;
  startWorker(): OwnWorker;
  /** This deployment's jobs of one queue (lib/jobs/payloads.ts QUEUES), oldest first. */
  jobs(queue: string): Promise<QueuedJob[]>;
  /** Stops its processes and drops its queue schema. */
  stop(): Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** Starts the instance (and no worker yet) with the stack's environment and `env` over it. */
export async function startOwnDeployment(env: Record<string, string> = {}): Promise<OwnDeployment> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const schema = `pgboss_e2e_${randomBytes(4).toString("hex")}`;
  const deploymentEnv = { ...(process.env as Record<string, string>), AUTH_URL: url, JOB_QUEUE_SCHEMA: schema, ...env };
  const instance = startInstance(deploymentEnv, { port, distDir: TEST_DIST_DIR, trustedProxyHops: 0 });
  const workers: OwnWorker[] = [];
  const stop = async () => {
    await Promise.all([instance.stop(), ...workers.map((w) => w.stop())]);
    await sql().query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  };
  try {
    await waitForHttp(`${url}/api/health`);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    startWorker() {
      const [server] = startWorkers(deploymentEnv, 1, { quiet: true });
      const { child } = server!;
      const ready = new Promise<void>((resolve, reject) => {
        child.stdout?.on("data", (chunk: Buffer) => /job worker \d+ started/.test(chunk.toString()) && resolve());
        void server!.exited.then((code) => reject(new Error(`worker exited (${code}) before it started`)));
      });
      ready.catch(() => {}); // a worker killed or stopped later is not a failure of a spec that did not wait for it
      const worker: OwnWorker = {
        pid: child.pid!,
        ready,
        async kill() {
          process.kill(-child.pid!, "SIGKILL");
          await server!.exited;
        },
        stop: () => server!.stop(),
      };
      workers.push(worker);
      return worker;
    },
    async jobs(queue) {
      const { rows } = await sql().query<QueuedJob>(
        `SELECT id::text, state::text, start_after AS "startAfter", data FROM ${schema}.job WHERE name = $1 ORDER BY created_on, id`,
        [queue],
      );
      return rows;
    },
    stop,
  };
}
