// Starts what `npm test` tests against and leaves it running, for running one spec by hand:
//   npx tsx scripts/test/serve.ts [--no-build]      then, in another shell,
//   APP_URL=http://localhost:3100 npx playwright test e2e/catalog.spec.ts
// (HTTP tests need the environment this prints.)
import { writeFileSync } from "node:fs";
import { buildApp, startApp } from "./app.ts";
import { startTestStack, TEST_PORTS } from "./stack.ts";

const stack = await startTestStack();
if (!process.argv.includes("--no-build")) await buildApp(stack.env);
const app = await startApp(stack.env, { port: TEST_PORTS.app, instancePorts: [TEST_PORTS.app + 1, TEST_PORTS.app + 2] });
const env = { ...stack.env, APP_URL: app.url };
writeFileSync(".next/test-env.json", JSON.stringify(env));
console.log(`app at ${app.url}; environment written to .next/test-env.json`);
const stop = async () => {
  await app.stop();
  await stack.stop();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
