// npm test — the whole suite, owning everything it starts:
// system packages (Chromium, a Korean font, nginx: installed, or the command to run) → lint →
// typecheck → unit + integration tests (Vitest, real PostgreSQL and Redis through the
// stand-ins) → production build → HTTP tests and Playwright against two instances of the
// build behind nginx (nginx.conf.template, production's load balancer configuration).
import { bin, run } from "./lib/proc.ts";
import { buildApp, startApp, type RunningApp } from "./test/app.ts";
import { startTestStack, TEST_PORTS, type TestStack } from "./test/stack.ts";
import { ensureSystemDeps } from "./test/system-deps.ts";

const started = Date.now();
const step = async (name: string, fn: () => Promise<void>) => {
  const t = Date.now();
  console.log(`\n▶ ${name}`);
  await fn();
  console.log(`✔ ${name} (${((Date.now() - t) / 1000).toFixed(1)}s)`);
};

let stack: TestStack | undefined;
let app: RunningApp | undefined;
let failed = false;
try {
  await step("system packages (Chromium, a Korean font, nginx)", () => ensureSystemDeps());
  await step("lint", () => run(bin("eslint"), ["."], process.env as Record<string, string>));
  await step("typecheck", () => run(bin("tsc"), ["--noEmit"], process.env as Record<string, string>));
  await step("test stack (database, Redis, stand-ins)", async () => {
    stack = await startTestStack();
  });
  const env = stack!.env;
  await step("unit + integration tests", () => run(bin("vitest"), ["run", "--project", "integration"], env));
  await step("production build", () => buildApp(env));
  await step("start two app instances behind nginx", async () => {
    app = await startApp(env, { port: TEST_PORTS.app, instancePorts: [TEST_PORTS.app + 1, TEST_PORTS.app + 2] });
  });
  const appEnv = { ...env, APP_URL: app!.url, APP_INSTANCE_URLS: app!.instanceUrls.join(",") };
  await step("HTTP tests against the build", () => run(bin("vitest"), ["run", "--project", "http"], appEnv));
  await step("Playwright (Chromium) against the build", () => run(bin("playwright"), ["test"], appEnv));
} catch (error) {
  failed = true;
  console.error(`\n✘ ${(error as Error).message}`);
} finally {
  await app?.stop();
  await stack?.stop();
}
console.log(`\n${failed ? "✘ tests failed" : "✔ all tests passed"} in ${((Date.now() - started) / 60_000).toFixed(1)} min`);
process.exit(failed ? 1 : 0);
