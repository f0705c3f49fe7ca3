// npm run services — only the local stand-ins (for vendors the environment does not
// configure), until Ctrl-C. Useful when running `next dev` or tests by hand.
import { DEV_PORTS, loadProjectEnv, withDefaults } from "./lib/local-env.ts";
import { startMissingStandIns } from "./lib/stand-ins.ts";

loadProjectEnv();
const standIns = await startMissingStandIns(withDefaults({}), {
  ports: DEV_PORTS,
  redisUrl: process.env.LOCAL_REDIS_URL ?? "redis://127.0.0.1:6379/0",
});
if (standIns.started.length === 0) {
  console.log("Every vendor is configured in the environment; no stand-in needed.");
  process.exit(0);
}
for (const s of standIns.started) console.log(`${s.name.padEnd(34)} ${s.url}`);
console.log("\nAdd to .env.local to use them from `next dev`:");
for (const [key, value] of Object.entries(standIns.env)) console.log(`${key}=${value}`);
const stop = async () => {
  await standIns.stop();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
