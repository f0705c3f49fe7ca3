import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests in the machine's Chromium (Debian's /usr/bin/chromium; Playwright's own
 * browser download is not available offline) against the production build that `npm test`
 * starts at APP_URL.
 */
export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 2,
  forbidOnly: true,
  reporter: [["list"]],
  // Generous: CI machines have 2 cores shared by two app instances, the stand-ins and Chromium.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    ...devices["Desktop Chrome"],
    baseURL: process.env.APP_URL ?? "http://localhost:3100",
    locale: "ko-KR",
    timezoneId: "Asia/Seoul",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-gpu"],
    },
  },
});
