import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("./", import.meta.url));
const resolve = {
  alias: {
    "@/": root,
    // `server-only` throws outside React Server Components; tests are server code.
    "server-only": fileURLToPath(new URL("./scripts/test/server-only-stub.ts", import.meta.url)),
  },
};

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Tests share one database and one Redis; files run one at a time.
    fileParallelism: false,
    projects: [
      {
        resolve,
        test: {
          name: "integration",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts", "components/**/*.test.{ts,tsx}"],
          globalSetup: ["scripts/test/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve,
        test: {
          // Against the running production build (APP_URL); started by `npm test`.
          name: "http",
          include: ["e2e/http/**/*.test.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
