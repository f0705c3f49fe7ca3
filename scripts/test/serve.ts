// Starts what `npm test` tests against and leaves it running, for running one spec by hand:
//   npx tsx scripts/test/serve.ts [--no-build]      then, in another shell,
//   npm run test:one -- e2e/catalog.spec.ts       (or e2e/http/auth.test.ts, lib/likes.test.ts)
// TEST_SLOT=N on both gives a run its own ports, database, Redis db and build directory.
import { writeFileSync } from "node:fs";
import { buildApp, startApp } from "./app.ts";
import { startTestStack, TEST_DIST_DIR, TEST_PORTS } from "./stack.ts";
import { testEnvFile } from "./env-file.ts";

const stack = await startTestStack();
if (!process.argv.includes("--no-build")) await buildApp(stack.env, { distDir: TEST_DIST_DIR });
const app = await startApp(stack.env, { port: TEST_PORTS.app, instancePorts: [TEST_PORTS.app + 1, TEST_PORTS.app + 2], distDir: TEST_DIST_DIR });
const env = { ...stack.env, APP_URL: app.url, APP_INSTANCE_URLS: app.instanceUrls.join(",") };
writeFileSync(testEnvFile, JSON.stringify(env));
console.log(`app at ${app.url} (nginx in front of ${app.instanceUrls.join(" and ")}); environment written to ${testEnvFile}`);
const stop = async () => {
  await app.stop();
  await stack.stop();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
