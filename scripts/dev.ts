// npm run dev — the whole shop on http://localhost:3000: stand-ins for whatever vendor is not
// configured, the database created, migrated and (when empty) seeded, then `next dev` and one
// job worker (queued mail, 오픈 알림).
import { isEmpty, migrate, seed } from "./lib/database.ts";
import { DEV_PORTS, loadProjectEnv, localDefaults, withDefaults } from "./lib/local-env.ts";
import { bin, startServer } from "./lib/proc.ts";
import { startMissingStandIns } from "./lib/stand-ins.ts";
import { DEMO_ACCOUNTS_BANNER } from "../prisma/demo-accounts.ts";
import { startWorkers } from "./lib/worker-process.ts";

loadProjectEnv();
const env = withDefaults(localDefaults({ ports: DEV_PORTS, database: "gongbang" }));
const standIns = await startMissingStandIns(env, { ports: DEV_PORTS, redisUrl: process.env.LOCAL_REDIS_URL ?? "redis://127.0.0.1:6379/0" });
Object.assign(env, standIns.env);

try {
  await migrate(env);
  if (await isEmpty(env.DATABASE_URL!)) {
    console.log("Empty database: seeding demo data…");
    await seed(env);
  }
} catch (error) {
  await standIns.stop();
  throw error;
}

console.log(`
  컴공방 dev  →  ${env.AUTH_URL}
${standIns.started.map((s) => `  ${s.name.padEnd(34)} ${s.url}`).join("\n")}
${DEMO_ACCOUNTS_BANNER}
`);

const next = startServer("next", bin("next"), ["dev", "--port", String(DEV_PORTS.app)], { ...env, NODE_ENV: "development" });
const workers = startWorkers({ ...env, NODE_ENV: "development" }, 1);

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await Promise.all([next.stop(), ...workers.map((w) => w.stop())]);
  await standIns.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
void next.exited.then((code) => shutdown(code ?? 1));
