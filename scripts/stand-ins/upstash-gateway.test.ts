import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { createServer, type AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis, errors } from "@upstash/redis";
import { Redis as IORedis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startUpstashGateway, type UpstashGateway } from "./upstash-gateway";

// Logical DB 14 is reserved for this file so FLUSHDB cannot hit anyone else's data.
const REDIS_URL = "redis://127.0.0.1:6379/14";
const TOKEN = "test-token-8f2c";

let gateway: UpstashGateway;
/** Default SDK options: auto-pipelining is on, so most calls travel as POST /pipeline. */
let redis: Redis;
/** One POST / per command, the other code path of the SDK. */
let single: Redis;
let direct: IORedis;

/** Raw HTTP call, for checks the SDK hides (status codes, encodings). */
async function call(path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${gateway.url}${path}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${TOKEN}`, ...headers },
    body: typeof body === "string" ? body : body instanceof Uint8Array ? Uint8Array.from(body) : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as { result?: unknown; error?: string } & unknown[] };
}

beforeAll(async () => {
  direct = new IORedis(REDIS_URL);
  await direct.flushdb();
  gateway = await startUpstashGateway({ port: 0, redisUrl: REDIS_URL, token: TOKEN });
  redis = new Redis({ url: gateway.url, token: TOKEN, enableTelemetry: false });
  single = new Redis({ url: gateway.url, token: TOKEN, enableTelemetry: false, enableAutoPipelining: false });
});

afterAll(async () => {
  await gateway?.close();
  await direct?.quit();
});

describe.each([
  { mode: "auto-pipelined", client: () => redis },
  { mode: "one request per command", client: () => single },
])("strings ($mode)", ({ mode, client }) => {
  const k = (name: string) => `${mode}:${name}`;

  it("set/get/incr/decr/mget/mset/getdel", async () => {
    const redis = client();
    expect(await redis.set(k("a"), "hello")).toBe("OK");
    expect(await redis.get(k("a"))).toBe("hello");
    expect(await redis.incr(k("n"))).toBe(1);
    expect(await redis.incrby(k("n"), 41)).toBe(42);
    expect(await redis.decr(k("n"))).toBe(41);
    expect(await redis.mset({ [k("m1")]: "one", [k("m2")]: 2 })).toBe("OK");
    expect(await redis.mget(k("m1"), k("m2"), k("missing"))).toEqual(["one", 2, null]);
    expect(await redis.getdel(k("m1"))).toBe("one");
    expect(await redis.get(k("m1"))).toBeNull();
    expect(await direct.get(k("n"))).toBe("41");
  });

  it("set with nx, ex and px", async () => {
    const redis = client();
    expect(await redis.set(k("nx"), "first", { nx: true })).toBe("OK");
    expect(await redis.set(k("nx"), "second", { nx: true })).toBeNull();
    expect(await redis.get(k("nx"))).toBe("first");
    await redis.set(k("ex"), "v", { ex: 100 });
    const ttl = await redis.ttl(k("ex"));
    expect(ttl).toBeGreaterThan(90);
    expect(ttl).toBeLessThanOrEqual(100);
    await redis.set(k("px"), "v", { px: 50_000 });
    const pttl = await redis.pttl(k("px"));
    expect(pttl).toBeGreaterThan(40_000);
    expect(pttl).toBeLessThanOrEqual(50_000);
  });

  it("a Redis error reply rejects with an UpstashError carrying the Redis message", async () => {
    const redis = client();
    await redis.hset(k("hash"), { f: "v" });
    const err = await redis.incr(k("hash")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(errors.UpstashError);
    expect((err as Error).message).toContain("WRONGTYPE Operation against a key holding the wrong kind of value");
  });
});

describe("values", () => {
  it("numbers come back as numbers", async () => {
    await redis.set("num:int", 7);
    await redis.set("num:float", 3.25);
    expect(await redis.get("num:int")).toBe(7);
    expect(await redis.get("num:float")).toBe(3.25);
    expect(await redis.incrbyfloat("num:float", 0.5)).toBe(3.75);
  });

  it("JSON objects round-trip, and raw strings stay raw without deserialization", async () => {
    const coupon = { id: "c-1", title: "신학기 할인", stock: 3, tags: ["a", "b"], nested: { ok: true } };
    await redis.set("json:coupon", coupon);
    expect(await redis.get<typeof coupon>("json:coupon")).toEqual(coupon);
    expect(JSON.parse((await direct.get("json:coupon")) ?? "")).toEqual(coupon);

    const raw = new Redis({ url: gateway.url, token: TOKEN, automaticDeserialization: false, enableTelemetry: false });
    expect(await raw.get("json:coupon")).toBe(JSON.stringify(coupon));
    await raw.set("json:numberish", "00123");
    expect(await raw.get("json:numberish")).toBe("00123");
  });

  it("Korean text and emoji survive byte-exactly", async () => {
    const text = "컴공방 🎉 쿠폰 선착순 100명 👩‍💻";
    await redis.set("ko:text", text);
    expect(await redis.get("ko:text")).toBe(text);
    expect((await direct.getBuffer("ko:text"))?.equals(Buffer.from(text, "utf8"))).toBe(true);
    await redis.hset("ko:hash", { 이름: "홍길동" });
    expect(await redis.hget("ko:hash", "이름")).toBe("홍길동");
  });
});

describe("hashes, sets, sorted sets", () => {
  it("hashes", async () => {
    expect(await redis.hset("h:user", { name: "kim", visits: 1, score: 10 })).toBe(3);
    expect(await redis.hget("h:user", "name")).toBe("kim");
    expect(await redis.hincrby("h:user", "visits", 4)).toBe(5);
    expect(await redis.hgetall("h:user")).toEqual({ name: "kim", visits: 5, score: 10 });
    expect(await redis.hmget("h:user", "name", "nope")).toEqual({ name: "kim", nope: null });
    expect(await redis.hgetall("h:missing")).toBeNull();
  });

  it("sets", async () => {
    expect(await redis.sadd("set:s", "a", "b", "c")).toBe(3);
    expect(await redis.sismember("set:s", "b")).toBe(1);
    expect(await redis.sismember("set:s", "z")).toBe(0);
    expect((await redis.smembers("set:s")).sort()).toEqual(["a", "b", "c"]);
    expect(await redis.srem("set:s", "a")).toBe(1);
    expect(await redis.scard("set:s")).toBe(2);
  });

  it("sorted sets", async () => {
    expect(await redis.zadd("z:board", { score: 1, member: "a" }, { score: 2.5, member: "b" })).toBe(2);
    expect(await redis.zrange("z:board", 0, -1, { withScores: true })).toEqual(["a", 1, "b", 2.5]);
    expect(await redis.zincrby("z:board", 5, "a")).toBe(6);
    expect(await redis.zscore("z:board", "a")).toBe(6);
    expect(await redis.zrange("z:board", 0, -1)).toEqual(["b", "a"]);
    expect(await redis.zrem("z:board", "b")).toBe(1);
    expect(await redis.zscore("z:board", "b")).toBeNull();
  });
});

describe("TTL commands", () => {
  it("expire, ttl, pexpire, pttl, persist", async () => {
    await redis.set("ttl:k", "v");
    expect(await redis.ttl("ttl:k")).toBe(-1);
    expect(await redis.expire("ttl:k", 60)).toBe(1);
    const ttl = await redis.ttl("ttl:k");
    expect(ttl).toBeGreaterThan(50);
    expect(ttl).toBeLessThanOrEqual(60);
    expect(await redis.pexpire("ttl:k", 5_000)).toBe(1);
    const pttl = await redis.pttl("ttl:k");
    expect(pttl).toBeGreaterThan(3_000);
    expect(pttl).toBeLessThanOrEqual(5_000);
    expect(await redis.persist("ttl:k")).toBe(1);
    expect(await redis.ttl("ttl:k")).toBe(-1);
    expect(await redis.ttl("ttl:missing")).toBe(-2);
  });
});

describe("pipelines and transactions", () => {
  it("pipeline returns each result in order", async () => {
    const results = await redis.pipeline().set("p:a", "x").incr("p:n").incr("p:n").get("p:a").hset("p:h", { f: 1 }).exec();
    expect(results).toEqual(["OK", 1, 2, "x", 1]);
  });

  it("pipeline reports per-command errors without aborting the others", async () => {
    await redis.hset("p:hash", { f: "v" });
    const results = await redis.pipeline().incr("p:ok").incr("p:hash").incr("p:ok").exec({ keepErrors: true });
    expect(results[0]).toEqual({ error: undefined, result: 1 });
    expect(results[1]?.error).toMatch(/^WRONGTYPE/);
    expect(results[2]).toEqual({ error: undefined, result: 2 });
    await expect(redis.pipeline().incr("p:hash").exec()).rejects.toThrow(/WRONGTYPE/);
  });

  it("SDK auto-pipelining goes through /pipeline", async () => {
    const auto = new Redis({ url: gateway.url, token: TOKEN, enableAutoPipelining: true, enableTelemetry: false });
    const [a, b, c] = await Promise.all([auto.set("ap:a", "1"), auto.incr("ap:n"), auto.get("ap:a")]);
    expect([a, b, c]).toEqual(["OK", 1, 1]);
  });

  it("multi-exec runs atomically and returns every result", async () => {
    const results = await redis.multi().set("m:a", "x").incr("m:n").incr("m:n").get("m:a").exec();
    expect(results).toEqual(["OK", 1, 2, "x"]);
  });

  it("multi-exec: runtime errors per command, queueing errors discard the whole transaction", async () => {
    await redis.hset("m:hash", { f: "v" });
    const res = await call("/multi-exec", [["INCR", "m:c"], ["INCR", "m:hash"], ["INCR", "m:c"]]);
    expect(res.status).toBe(200);
    expect(res.json).toEqual([{ result: 1 }, { error: expect.stringMatching(/^WRONGTYPE/) }, { result: 2 }]);

    const aborted = await call("/multi-exec", [["SET", "m:never", "1"], ["NOSUCHCOMMAND"]]);
    expect(aborted.status).toBe(400);
    expect(aborted.json.error).toMatch(/^EXECABORT/);
    expect(await direct.exists("m:never")).toBe(0);
  });
});

describe("Lua scripts", () => {
  it("EVAL maps tables, integers, strings and nil", async () => {
    expect(await redis.eval("return {KEYS[1], ARGV[1], 42, tonumber(ARGV[2]) * 2}", ["k1"], ["v1", 21])).toEqual([
      "k1",
      "v1",
      42,
      42,
    ]);
    expect(await redis.eval("return nil", [], [])).toBeNull();
    expect(await redis.eval("return redis.call('SET', KEYS[1], ARGV[1])", ["lua:k"], ["한글"])).toBe("OK");
    expect(await redis.get("lua:k")).toBe("한글");
  });

  it("createScript falls back to EVAL on NOSCRIPT after SCRIPT FLUSH, then EVALSHA hits", async () => {
    expect(await redis.scriptFlush()).toBe("OK");
    const claim = redis.createScript<number>(
      "local left = redis.call('DECR', KEYS[1]); if left < 0 then return -1 end; return left",
    );
    await redis.set("lua:stock", 2);

    const before = gateway.stats().commands;
    expect(await claim.exec(["lua:stock"], [])).toBe(1);
    expect(gateway.stats().commands - before).toBe(2); // EVALSHA (NOSCRIPT) + EVAL

    expect(await redis.scriptExists(claim.sha1)).toEqual([1]);
    const second = gateway.stats().commands;
    expect(await claim.exec(["lua:stock"], [])).toBe(0);
    expect(gateway.stats().commands - second).toBe(1); // cached: EVALSHA only
    expect(await claim.exec(["lua:stock"], [])).toBe(-1);
  });

  it("EVALSHA of an unknown sha is a NOSCRIPT error; SCRIPT LOAD makes it known", async () => {
    const res = await call("/", ["EVALSHA", "a".repeat(40), 0]);
    expect(res.status).toBe(400);
    expect(res.json.error).toBe("NOSCRIPT No matching script. Please use EVAL.");
    const sha = await redis.scriptLoad("return 'loaded'");
    expect(sha).toMatch(/^[0-9a-f]{40}$/);
    expect(await redis.evalsha(sha, [], [])).toBe("loaded");
  });
});

describe("errors and protocol edges", () => {
  it("a Redis error reply is HTTP 400 with Redis' own message", async () => {
    await direct.hset("err:hash", "f", "v");
    const raw = await call("/", ["INCR", "err:hash"]);
    expect(raw).toEqual({ status: 400, json: { error: "WRONGTYPE Operation against a key holding the wrong kind of value" } });
  });

  it("missing or wrong token is 401 Unauthorized", async () => {
    const missing = await fetch(gateway.url, { method: "POST", body: JSON.stringify(["PING"]) });
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ error: "Unauthorized" });

    const wrong = await fetch(gateway.url, { method: "POST", headers: { Authorization: "Bearer nope" }, body: '["PING"]' });
    expect(wrong.status).toBe(401);

    const intruder = new Redis({ url: gateway.url, token: "wrong-token", enableTelemetry: false });
    await expect(intruder.get("anything")).rejects.toThrow(/Unauthorized/);
  });

  it("base64 encoding applies to every string, status replies included; integers stay numbers", async () => {
    const b64 = { "Upstash-Encoding": "base64" };
    expect(await call("/", ["SET", "enc:k", "값"], b64)).toEqual({ status: 200, json: { result: "T0s=" } });
    expect((await call("/", ["GET", "enc:k"], b64)).json.result).toBe(Buffer.from("값").toString("base64"));
    expect((await call("/", ["GET", "enc:k"])).json.result).toBe("값");
    expect((await call("/", ["STRLEN", "enc:k"], b64)).json.result).toBe(3);
    expect((await call("/", ["MGET", "enc:k", "enc:none"], b64)).json.result).toEqual([
      Buffer.from("값").toString("base64"),
      null,
    ]);
  });

  it("binary values survive byte-exactly", async () => {
    const bytes = Buffer.from([0, 1, 2, 0xff, 0xfe, 0x80, 0x0d, 0x0a]);
    await direct.set("bin:k", bytes);
    const res = await call("/", ["GET", "bin:k"], { "Upstash-Encoding": "base64" });
    expect(Buffer.from(res.json.result as string, "base64").equals(bytes)).toBe(true);
    // A path-style POST body is the raw value.
    expect((await call("/set/bin:k2", bytes)).json.result).toBe("OK");
    expect((await direct.getBuffer("bin:k2"))?.equals(bytes)).toBe(true);
  });

  it("path-style commands", async () => {
    await redis.set("path:key", "경로 값");
    const res = await fetch(`${gateway.url}/get/path:key`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ result: "경로 값" });
    expect((await call(`/set/path:ex/${encodeURIComponent("a b")}?EX=100`, "")).json.result).toBe("OK");
    expect(await direct.get("path:ex")).toBe("a b");
    expect(await direct.ttl("path:ex")).toBeGreaterThan(90);
  });

  it("bad bodies are 400 and never crash the gateway", async () => {
    const invalid = await call("/", "{not json");
    expect(invalid.status).toBe(400);
    expect(invalid.json.error).toMatch(/JSON/);
    expect((await call("/", { cmd: "GET" })).status).toBe(400);
    expect((await call("/", [])).status).toBe(400);
    expect((await call("/", ["SET", "k", { nested: true }])).status).toBe(400);
    expect((await call("/pipeline", ["GET", "k"])).status).toBe(400);
    expect((await call("/pipeline", [])).status).toBe(400);

    const huge = await call("/", JSON.stringify(["SET", "huge", "x".repeat(11 * 1024 * 1024)]));
    expect(huge.status).toBe(400);
    expect(huge.json.error).toMatch(/10 MB/);

    // Same without Content-Length (chunked upload), so the limit is enforced while streaming.
    const chunk = new TextEncoder().encode("x".repeat(1024 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 12; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const chunked = await fetch(gateway.url, {
      method: "POST",
      headers: { Authorization: `Bearer ${TOKEN}` },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(400);

    expect(await redis.ping()).toBe("PONG");
  });

  it("SUBSCRIBE, MONITOR and SELECT are rejected with 400", async () => {
    for (const cmd of [["SUBSCRIBE", "ch"], ["MONITOR"], ["SELECT", "0"]]) {
      const res = await call("/", cmd);
      expect(res.status).toBe(400);
      expect(res.json.error).toMatch(/not available/);
    }
  });

  it("setDelay adds latency and stats count requests", async () => {
    const before = gateway.stats();
    gateway.setDelay(150);
    const started = performance.now();
    expect(await redis.get("auto-pipelined:a")).toBe("hello");
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    gateway.setDelay(0);
    const after = gateway.stats();
    expect(after.requests - before.requests).toBe(1);
    expect(after.commands - before.commands).toBe(1);
    expect(after.totalMs - before.totalMs).toBeGreaterThanOrEqual(140);
  });

  it("a client with a time budget (as in lib/redis.ts) gives up on a slow gateway", async () => {
    const budgeted = new Redis({
      url: gateway.url,
      token: TOKEN,
      signal: () => AbortSignal.timeout(200),
      retry: { retries: 1, backoff: () => 50 },
      automaticDeserialization: false,
      enableTelemetry: false,
    });
    expect(await budgeted.get("auto-pipelined:a")).toBe("hello");
    gateway.setDelay(1_000);
    try {
      const started = performance.now();
      await expect(budgeted.get("auto-pipelined:a")).rejects.toThrow();
      expect(performance.now() - started).toBeLessThan(800);
    } finally {
      gateway.setDelay(0);
    }
    await sleep(1_000); // let the abandoned request finish: its answer goes to a closed socket
    expect(await budgeted.get("auto-pipelined:a")).toBe("hello");
  });
});

describe("@upstash/ratelimit through the gateway", () => {
  it("slidingWindow(3, '10 s') allows 3 then blocks", async () => {
    const limiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(3, "10 s"), prefix: "rl:test" });
    const outcomes = [];
    for (let i = 0; i < 4; i++) outcomes.push(await limiter.limit("user-1"));
    expect(outcomes.map((o) => o.success)).toEqual([true, true, true, false]);
    expect(outcomes.map((o) => o.remaining)).toEqual([2, 1, 0, 0]);
    expect((await limiter.limit("user-2")).success).toBe(true);
    // ratelimit's scripts use `#!lua flags=allow-key-locking`, which Redis itself rejects; the
    // gateway strips the flag and still answers EVALSHA for the hash ratelimit computed itself.
    expect(await redis.scriptExists("74740bb3d7792848093cdef586b6b6037c455fd6")).toEqual([1]);
  });

  it("SCRIPT LOAD of a flagged script answers the sha of the script as sent", async () => {
    const script = "#!lua flags=allow-key-locking,no-writes\nreturn redis.call('GET', KEYS[1])";
    const sha = await redis.scriptLoad(script);
    expect(sha).toBe(createHash("sha1").update(script).digest("hex"));
    await redis.set("rl:flagged", "v");
    expect(await redis.evalsha(sha, ["rl:flagged"], [])).toBe("v");
    expect(await redis.evalRo(script, ["rl:flagged"], [])).toBe("v");
  });
});

describe("Redis unavailable", () => {
  it("fails fast with HTTP 500 when nothing listens", async () => {
    const dead = await startUpstashGateway({ port: 0, redisUrl: "redis://127.0.0.1:6399", token: TOKEN });
    try {
      const client = new Redis({ url: dead.url, token: TOKEN, enableTelemetry: false });
      const started = performance.now();
      await expect(client.get("anything")).rejects.toThrow(/unavailable/);
      expect(performance.now() - started).toBeLessThan(2_000);

      const res = await fetch(dead.url, { method: "POST", headers: { Authorization: `Bearer ${TOKEN}` }, body: '["PING"]' });
      expect(res.status).toBe(500);
      expect(((await res.json()) as { error: string }).error).toMatch(/ECONNREFUSED|unavailable/);
      const pipe = await fetch(`${dead.url}/pipeline`, {
        method: "POST",
        headers: { Authorization: `Bearer ${TOKEN}` },
        body: '[["PING"]]',
      });
      expect(pipe.status).toBe(500);
    } finally {
      await dead.close();
    }
  });

  const hasRedisServer = spawnSync("redis-server", ["--version"]).status === 0;

  it.skipIf(!hasRedisServer)("recovers by itself when Redis comes back", async () => {
    const port = await freePort();
    const startRedis = async () => {
      const child = spawn("redis-server", ["--port", String(port), "--save", "", "--appendonly", "no"], { stdio: "ignore" });
      const probe = new IORedis({ port, lazyConnect: true, retryStrategy: () => 50, maxRetriesPerRequest: null });
      probe.on("error", () => {}); // refused until the server is up; ping() waits for it
      await probe.ping();
      probe.disconnect();
      return child;
    };
    const stopRedis = (child: ChildProcess) =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      });

    let server = await startRedis();
    const gw = await startUpstashGateway({ port: 0, redisUrl: `redis://127.0.0.1:${port}`, token: TOKEN });
    try {
      const client = new Redis({ url: gw.url, token: TOKEN, enableTelemetry: false });
      expect(await client.set("k", "before")).toBe("OK");

      await stopRedis(server);
      const started = performance.now();
      await expect(client.get("k")).rejects.toThrow();
      expect(performance.now() - started).toBeLessThan(2_000);

      server = await startRedis();
      let value: unknown;
      for (let i = 0; i < 50 && value !== "after"; i++) {
        value = await client.set("k", "after").then(() => client.get("k"), () => undefined);
        if (value !== "after") await sleep(100);
      }
      expect(value).toBe("after");
    } finally {
      await gw.close();
      await stopRedis(server);
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}
