// A production server refuses to start with what belongs only on a developer's machine
// (lib/env-production.ts, checked in instrumentation.ts): the built standalone server is started
// with one bad setting at a time and must exit, naming the variable, before serving anything.
import { once } from "node:events";
import { createServer } from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../scripts/lib/local-env";
import { startServer, waitForHttp } from "../../scripts/lib/proc";
import { TEST_DIST_DIR } from "../../scripts/test/stack";

const serverJs = path.join(ROOT, TEST_DIST_DIR ?? ".next", "standalone/server.js");

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address() as { port: number };
  probe.close();
  return port;
}

/** Starts the build with the test stack's environment changed as given (undefined removes). */
async function start(overrides: Record<string, string | undefined>) {
  const port = await freePort();
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...overrides, NODE_ENV: "production", PORT: String(port), HOSTNAME: "127.0.0.1" })) if (v !== undefined) env[k] = v;
  const server = startServer(`startup:${port}`, process.execPath, [serverJs], env, { quiet: true });
  let output = "";
  server.child.stderr?.on("data", (c: Buffer) => (output += c.toString()));
  return { server, port, output: () => output };
}

async function refusal(overrides: Record<string, string | undefined>): Promise<string> {
  const { server, output } = await start(overrides);
  const code = await Promise.race([server.exited, new Promise((r) => setTimeout(() => r("still running"), 30_000))]);
  await server.stop();
  expect(code).toBe(1);
  return output();
}

describe("production start", () => {
  it("starts with the test stack's environment (stand-ins allowed by ALLOW_LOCAL_SERVICES=1)", async () => {
    const { server, port } = await start({});
    try {
      await waitForHttp(`http://127.0.0.1:${port}/api/auth/csrf`, 30_000);
      expect(server.child.exitCode).toBeNull();
    } finally {
      await server.stop();
    }
  });

  it("refuses the AUTH_SECRETs published in this repository (dev default, Docker build), even with ALLOW_LOCAL_SERVICES=1", async () => {
    for (const secret of ["local-development-secret-do-not-use-in-production", "build-time-placeholder-secret-not-used-at-runtime"]) {
      expect(await refusal({ AUTH_SECRET: secret })).toMatch(/Refusing to start[\s\S]*AUTH_SECRET: is a placeholder/);
    }
  });

  it("without ALLOW_LOCAL_SERVICES, refuses an http AUTH_URL and stand-in service URLs, naming each", async () => {
    const output = await refusal({
      ALLOW_LOCAL_SERVICES: undefined,
      AUTH_URL: "http://comegongbang.kr",
      AUTH_KAKAO_BASE_URL: "https://localhost:18090",
      RESEND_BASE_URL: "https://192.168.0.20",
      UPSTASH_REDIS_REST_URL: "http://127.0.0.1:18079",
    });
    expect(output).toMatch(/AUTH_URL: must be https/);
    expect(output).toMatch(/AUTH_KAKAO_BASE_URL: points at a local or private host \(localhost\)/);
    expect(output).toMatch(/RESEND_BASE_URL: points at a local or private host \(192\.168\.0\.20\)/);
    expect(output).toMatch(/UPSTASH_REDIS_REST_URL: must be https/);
  });
});
