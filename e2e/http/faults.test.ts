// Faults at the worst moment, on parts this file owns: its own redis-server, Upstash gateway and
// mail outbox on other ports, and app instances (the production build) pointed at them. The
// shared test stack is not touched.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { connect } from "node:net";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../scripts/lib/local-env";
import { startServer, waitForHttp, type Server } from "../../scripts/lib/proc";
import { startMailOutbox, type MailOutbox } from "../../scripts/stand-ins/mail-outbox";
import { startUpstashGateway, type UpstashGateway } from "../../scripts/stand-ins/upstash-gateway";
import { closeData, count, sql } from "../support/data";
import { REQUIRED_AGREEMENTS, STRONG_PASSWORD, uniqueEmail, uniqueNickname } from "../support/env";
import { createMembers, inParallel, type TestMember } from "../support/members";

const REDIS_PORT = 6391;
const TOKEN = "fault-token";
const APP_PORT = 3150;
const LIMITED_PORT = 3151;
const HTTPS_PORT = 3152;
const app = `http://127.0.0.1:${APP_PORT}`;

let redisServer: ChildProcess | undefined;
let gateway: UpstashGateway;
let outbox: MailOutbox;
const instances: Server[] = [];

async function startRedis(): Promise<void> {
  redisServer = spawn("redis-server", ["--port", String(REDIS_PORT), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  for (let i = 0; i < 50; i++) {
    try {
      const socket = connect(REDIS_PORT, "127.0.0.1");
      await once(socket, "connect");
      socket.destroy();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error("own redis-server did not start");
}

async function stopRedis(): Promise<void> {
  if (!redisServer || redisServer.exitCode !== null) return;
  redisServer.kill("SIGKILL");
  await once(redisServer, "exit");
}

/** One instance of the production build with parts of its environment replaced. */
async function startInstance(port: number, overrides: Record<string, string>): Promise<void> {
  const env = {
    ...(process.env as Record<string, string>),
    UPSTASH_REDIS_REST_URL: gateway.url,
    UPSTASH_REDIS_REST_TOKEN: TOKEN,
    RESEND_BASE_URL: outbox.url,
    AUTH_URL: `http://localhost:${port}`,
    ...overrides,
    NODE_ENV: "production",
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
  };
  const server = startServer(`fault:${port}`, process.execPath, [path.join(ROOT, ".next/standalone/server.js")], env, { quiet: true });
  instances.push(server);
  // Auth.js's CSRF route touches neither PostgreSQL nor Redis: ready without using a connection.
  await waitForHttp(`http://127.0.0.1:${port}/api/auth/csrf`);
}

beforeAll(async () => {
  await startRedis();
  gateway = await startUpstashGateway({ port: 0, redisUrl: `redis://127.0.0.1:${REDIS_PORT}/0`, token: TOKEN });
  outbox = await startMailOutbox({ port: 0 });
  await startInstance(APP_PORT, {});
}, 60_000);

afterAll(async () => {
  await Promise.all(instances.map((i) => i.stop()));
  await gateway?.close();
  await outbox?.close();
  await stopRedis();
  await closeData();
});

const claim = (member: TestMember, eventId: number) =>
  fetch(`${app}/api/coupon-events/${eventId}/claim`, { method: "POST", headers: { cookie: member.cookie } }).then(async (r) => ({ status: r.status, retryAfter: r.headers.get("retry-after"), body: await r.json() }));

async function newEvent(totalQuantity: number): Promise<number> {
  const now = Date.now();
  const { rows } = await sql().query(
    "INSERT INTO coupon_events (title, discount_type, discount_value, total_quantity, starts_at, ends_at, valid_days, updated_at) VALUES ('장애 테스트', 'AMOUNT', 1000, $1, $2, $3, 7, now()) RETURNING id",
    [totalQuantity, new Date(now - 1000), new Date(now + 3_600_000)],
  );
  return rows[0].id;
}

describe("faults", () => {
  it("Redis stopped mid-event: claims answer 503 + Retry-After, then the event resumes with the invariants intact", async () => {
    const eventId = await newEvent(30);
    const members = await createMembers(60, "outage");
    const before = await inParallel(members.slice(0, 20).map((m) => () => claim(m, eventId)));
    expect(before.every((a) => a.status === 201)).toBe(true);

    await stopRedis();
    const during = await inParallel(members.slice(20, 30).map((m) => () => claim(m, eventId)));
    expect(during.map((a) => a.status)).toEqual(Array(10).fill(503));
    expect(during.every((a) => Number(a.retryAfter) > 0 && a.body.error.code === "SERVICE_UNAVAILABLE")).toBe(true);

    await startRedis(); // back, and empty
    // While the gateway reconnects, some claims may still get 503: those members try again.
    const final = new Map<string, number>();
    let waiting = members.slice(20);
    for (let attempt = 0; attempt < 20 && waiting.length; attempt++) {
      const answers = await inParallel(waiting.map((m) => () => claim(m, eventId)));
      answers.forEach((a, i) => final.set(waiting[i]!.id, a.status));
      waiting = waiting.filter((_, i) => answers[i]!.status === 503);
      if (waiting.length) await new Promise((r) => setTimeout(r, 250));
    }
    const after = [...final.values()].map((status) => ({ status }));
    expect(after.some((a) => a.status >= 500)).toBe(false);
    expect(after.filter((a) => a.status === 201).length, JSON.stringify(after.map((a) => a.status))).toBe(10);
    expect(await count("coupons", "event_id = $1", [eventId])).toBe(30);
    expect(await count("(SELECT user_id FROM coupons WHERE event_id = $1 GROUP BY user_id HAVING count(*) > 1) d", "true", [eventId])).toBe(0);
    // The first 20 are remembered from PostgreSQL after the rebuild.
    expect((await claim(members[0]!, eventId)).status).toBe(409);
  }, 120_000);

  it("a slow Upstash (2 s) makes requests fail cleanly within the app's time budget", async () => {
    const eventId = await newEvent(5);
    expect((await fetch(`${app}/api/coupon-events/${eventId}?live=1`)).status).toBe(200);
    gateway.setDelay(2_000);
    try {
      const started = Date.now();
      const response = await fetch(`${app}/api/coupon-events/${eventId}?live=1`);
      const elapsed = Date.now() - started;
      expect(response.status).toBe(503);
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(elapsed).toBeLessThan(3_500);
    } finally {
      gateway.setDelay(0);
    }
  });

  it("the mail service down: signup still answers, and the user can ask again at once", async () => {
    const email = uniqueEmail("maildown");
    outbox.setDown(true);
    const signup = await fetch(`${app}/api/auth/signup`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, nickname: uniqueNickname(), password: STRONG_PASSWORD, agreements: REQUIRED_AGREEMENTS }) });
    expect(signup.status).toBe(202);
    expect(outbox.messages().filter((m) => m.to.includes(email))).toHaveLength(0);
    outbox.setDown(false);
    const resend = await fetch(`${app}/api/auth/resend-verification`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email }) });
    expect(resend.status).toBe(202);
    expect(outbox.messages().filter((m) => m.to.includes(email) && m.subject.includes("인증"))).toHaveLength(1);
  });

  it("PostgreSQL out of connections: 503, not 500", async () => {
    const database = new URL(process.env.DATABASE_URL!).pathname.slice(1);
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'gongbang_limited') THEN CREATE ROLE gongbang_limited LOGIN; END IF; END $$");
    await admin.query("ALTER ROLE gongbang_limited CONNECTION LIMIT 1");
    await admin.query("GRANT ALL ON ALL TABLES IN SCHEMA public TO gongbang_limited");
    await admin.end();
    const limitedUrl = `postgresql://gongbang_limited@127.0.0.1:5432/${database}`;
    await startInstance(LIMITED_PORT, { DATABASE_URL: limitedUrl, DATABASE_POOL_SIZE: "1" });
    const hog = new pg.Client({ connectionString: limitedUrl });
    await hog.connect();
    try {
      const response = await fetch(`http://127.0.0.1:${LIMITED_PORT}/api/health`);
      expect(response.status).toBe(503);
      expect((await response.json()).error.code).toBe("SERVICE_UNAVAILABLE");
    } finally {
      await hog.end();
    }
    expect((await fetch(`http://127.0.0.1:${LIMITED_PORT}/api/health`)).status).toBe(200);
  }, 60_000);

  it("over https: Secure, HttpOnly, SameSite=Lax session cookies and HSTS", async () => {
    await startInstance(HTTPS_PORT, { AUTH_URL: `https://localhost:${HTTPS_PORT}` });
    const base = `http://127.0.0.1:${HTTPS_PORT}`;
    const forwarded = { "x-forwarded-proto": "https", host: `localhost:${HTTPS_PORT}` };
    const csrf = await fetch(`${base}/api/auth/csrf`, { headers: forwarded });
    const csrfCookies = csrf.headers.getSetCookie();
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const login = await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { ...forwarded, "content-type": "application/x-www-form-urlencoded", cookie: csrfCookies.map((c) => c.split(";")[0]).join("; ") },
      body: new URLSearchParams({ csrfToken, email: "shopper11@example.com", password: "gongbang-demo-1", callbackUrl: "/" }).toString(),
    });
    const session = login.headers.getSetCookie().find((c) => c.startsWith("__Secure-authjs.session-token="));
    expect(session).toBeDefined();
    expect(session).toMatch(/; HttpOnly/i);
    expect(session).toMatch(/; Secure/i);
    expect(session).toMatch(/; SameSite=Lax/i);
    const home = await fetch(`${base}/`, { headers: forwarded });
    expect(home.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    expect(home.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  }, 60_000);
});
