// Runs the given test files against the stack scripts/test/serve.ts keeps running:
//   npm run test:one -- e2e/http/auth.test.ts e2e/auth.spec.ts lib/auth/signup.test.ts
// *.spec.ts go to Playwright, e2e/http/* to Vitest's http project, the rest to its integration project.
import { readFileSync } from "node:fs";
import { bin, run } from "../lib/proc.ts";
import { testEnvFile } from "./env-file.ts";

let env: Record<string, string>;
try {
  env = { ...(process.env as Record<string, string>), ...JSON.parse(readFileSync(testEnvFile, "utf8")) };
} catch {
  console.error(`No running test stack (${testEnvFile}): start one with \`npx tsx scripts/test/serve.ts\` first.`);
  process.exit(1);
}
const files = process.argv.slice(2);
const specs = files.filter((f) => f.endsWith(".spec.ts"));
const http = files.filter((f) => f.startsWith("e2e/http/"));
const integration = files.filter((f) => !specs.includes(f) && !http.includes(f));
try {
  if (integration.length) await run(bin("vitest"), ["run", "--project", "integration", ...integration], env);
  if (http.length) await run(bin("vitest"), ["run", "--project", "http", ...http], env);
  if (specs.length) await run(bin("playwright"), ["test", ...specs], env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
