/**
 * Local stand-in for Upstash Redis: speaks the Upstash REST protocol over HTTP and forwards
 * every command to a real Redis server, so the production @upstash/redis client code runs
 * unchanged on dev machines and in CI.
 *
 * Supported: `POST /` (one command), `POST /pipeline`, `POST /multi-exec`, path-style
 * `GET|POST /set/foo/bar`, `Upstash-Encoding: base64`, Bearer-token auth.
 *
 * Run directly:
 *   tsx scripts/stand-ins/upstash-gateway.ts --port 8079 --redis redis://127.0.0.1:6379/0 --token devtoken
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { Command, type Pipeline, Redis, ReplyError } from "ioredis";
import { isEntryPoint, runStandIn } from "./command-line.ts";

export interface UpstashGatewayOptions {
  /** 0 = random free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default redis://127.0.0.1:6379/0. */
  redisUrl?: string;
  token: string;
}

export interface UpstashGateway {
  /** e.g. http://127.0.0.1:8079 */
  url: string;
  close(): Promise<void>;
  /** Artificial latency added to every request, for fault tests. */
  setDelay(ms: number): void;
  /** `errors` counts error answers: failed HTTP requests plus failed commands inside pipelines. */
  stats(): { requests: number; commands: number; errors: number; totalMs: number };
}

const MAX_BODY_BYTES = 10 * 1024 * 1024;

// Commands that would block, or change the state of, the one connection every request shares.
const REJECTED_COMMANDS = new Set([
  "subscribe", "psubscribe", "ssubscribe", "unsubscribe", "punsubscribe", "sunsubscribe",
  "monitor", "sync", "psync", "select", "swapdb", "multi", "exec", "discard", "watch", "unwatch",
  "quit", "reset", "hello", "auth", "shutdown", "wait", "waitaof",
  "blpop", "brpop", "brpoplpush", "blmove", "blmpop", "bzpopmin", "bzpopmax", "bzmpop",
]);

// Upstash accepts `#!lua flags=allow-key-locking` (used by every @upstash/ratelimit script);
// open-source Redis rejects any flag it does not know with "Unexpected flag in script shebang".
const REDIS_SCRIPT_FLAGS = new Set(["no-writes", "allow-oom", "allow-stale", "no-cluster", "allow-cross-slot-keys"]);

type Arg = string | Buffer;
type Json = string | number | null | Json[];
type Outcome = { result: Json } | { error: string };

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A command whose reply is handed back exactly as Redis sent it (Buffers, no reshaping). */
class RawCommand extends Command {
  constructor(
    name: string,
    args: Arg[],
    private readonly replyOverride?: Buffer,
  ) {
    super(name, args, { replyEncoding: null });
  }

  // ioredis reshapes some replies by command name (HGETALL -> object, ZRANGE WITHSCORES -> pairs);
  // Upstash returns Redis' flat arrays and the SDK does its own reshaping.
  override transformReply(result: Buffer | Buffer[]): Buffer | Buffer[] {
    return this.replyOverride ?? result;
  }
}

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

function stripUnknownScriptFlags(script: string): string {
  const match = /^#!lua flags=([^\n]*)/.exec(script);
  if (!match?.[1]) return script;
  const flags = match[1].split(",").map((f) => f.trim());
  const kept = flags.filter((f) => REDIS_SCRIPT_FLAGS.has(f));
  if (kept.length === flags.length) return script;
  return `#!lua flags=${kept.join(",")}${script.slice(match[0].length)}`;
}

function toArgs(command: unknown): Arg[] {
  if (!Array.isArray(command) || command.length === 0) throw new HttpError(400, "ERR command must be a non-empty array");
  return command.map((arg: unknown) => {
    if (typeof arg === "string") return arg;
    if (typeof arg === "number" || typeof arg === "boolean") return String(arg);
    throw new HttpError(400, `ERR invalid argument ${JSON.stringify(arg)}: use strings, numbers or booleans`);
  });
}

function encode(reply: unknown, base64: boolean): Json {
  if (reply === null || reply === undefined) return null;
  if (typeof reply === "number") return reply;
  if (Array.isArray(reply)) return reply.map((item) => encode(item, base64));
  // An error nested in an array (e.g. a Lua table holding a pcall error) travels as its text.
  const bytes = Buffer.isBuffer(reply) ? reply : Buffer.from(reply instanceof Error ? reply.message : String(reply));
  // The SDK base64-decodes every string it gets, status replies such as "OK" included.
  return base64 ? bytes.toString("base64") : bytes.toString("utf8");
}

const isReplyError = (err: unknown): err is Error => err instanceof ReplyError;
const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

function redisUrlForDisplay(redisUrl: string): string {
  try {
    const url = new URL(redisUrl);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return redisUrl;
  }
}

export async function startUpstashGateway(opts: UpstashGatewayOptions): Promise<UpstashGateway> {
  if (!opts.token) throw new Error("upstash gateway: a non-empty token is required");
  const host = opts.host ?? "127.0.0.1";
  const redisUrl = opts.redisUrl ?? "redis://127.0.0.1:6379/0";
  // Hashing both sides gives timingSafeEqual the equal-length buffers it needs.
  const expectedToken = createHash("sha256").update(opts.token).digest();

  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    // RESP2 is what Upstash's JSON mirrors (flat arrays, no maps or doubles).
    protocol: 2,
    // Fail fast while Redis is away instead of queueing requests until they time out...
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 1_000,
    commandTimeout: 5_000,
    // ...and never replay unanswered commands after a reconnect: INCR must not run twice.
    autoResendUnfulfilledCommands: false,
    // ...but keep reconnecting in the background so the gateway heals itself.
    retryStrategy: (times) => Math.min(times * 100, 1_000),
    // Redis < 7.2 has no CLIENT SETINFO.
    disableClientInfo: true,
  });
  let lastRedisError = "";
  // Without a listener ioredis prints every failed reconnect; requests report the state instead.
  redis.on("error", (err: Error) => {
    lastRedisError = err.message;
  });
  await redis.connect().catch(() => {
    // Unreachable at start is fine: requests get a 500 until the background reconnect succeeds.
  });

  const counters = { requests: 0, commands: 0, errors: 0, totalMs: 0 };
  let delayMs = 0;

  // ratelimit/createScript compute the sha of the script *they* sent; Redis caches the rewritten
  // one. Map sent sha -> cached sha so EVALSHA hits instead of falling back to EVAL every time.
  const shaAliases = new Map<string, string>();

  function toCommand(command: Arg[]): RawCommand {
    const [first, ...rest] = command;
    const name = String(first).toLowerCase();
    if (REJECTED_COMMANDS.has(name)) throw new HttpError(400, `ERR Command is not available: '${name.toUpperCase()}'`);
    if (/^xread(group)?$/.test(name) && rest.some((a) => String(a).toUpperCase() === "BLOCK")) {
      throw new HttpError(400, "ERR blocking XREAD is not available");
    }
    const sub = String(rest[0] ?? "").toLowerCase();
    if (name === "eval" || name === "eval_ro" || (name === "script" && sub === "load")) {
      const i = name === "script" ? 1 : 0;
      const script = String(rest[i] ?? "");
      const adapted = stripUnknownScriptFlags(script);
      if (adapted !== script) {
        if (shaAliases.size > 10_000) shaAliases.clear(); // bound memory if scripts are generated
        const sentSha = sha1(script);
        shaAliases.set(sentSha, sha1(adapted));
        rest[i] = adapted;
        // Like Upstash, SCRIPT LOAD answers the sha of the script the client sent.
        if (name === "script") return new RawCommand(name, rest, Buffer.from(sentSha));
      }
    } else if (name === "evalsha" || name === "evalsha_ro") {
      const sha = String(rest[0] ?? "").toLowerCase();
      rest[0] = shaAliases.get(sha) ?? sha;
    } else if (name === "script" && sub === "exists") {
      for (let i = 1; i < rest.length; i++) rest[i] = shaAliases.get(String(rest[i]).toLowerCase()) ?? String(rest[i]);
    } else if (name === "script" && sub === "flush") {
      shaAliases.clear();
    }
    return new RawCommand(name, rest);
  }

  function assertRedisReady() {
    if (redis.status !== "ready") {
      const detail = lastRedisError ? `${redis.status}: ${lastRedisError}` : redis.status;
      throw new HttpError(500, `Redis at ${redisUrlForDisplay(redisUrl)} is unavailable (${detail})`);
    }
  }

  // A Redis error reply is the client's problem (400); anything else means Redis is unreachable (500).
  const asHttpError = (err: unknown) => (isReplyError(err) ? new HttpError(400, err.message) : err);

  async function runOne(cmd: RawCommand, base64: boolean): Promise<{ result: Json }> {
    assertRedisReady();
    counters.commands++;
    redis.sendCommand(cmd);
    try {
      return { result: encode(await cmd.promise, base64) };
    } catch (err) {
      throw asHttpError(err);
    }
  }

  async function runBatch(commands: unknown, base64: boolean, atomic: boolean): Promise<Outcome[]> {
    if (!Array.isArray(commands) || commands.length === 0) throw new HttpError(400, "ERR body must be a non-empty array of commands");
    const cmds = commands.map((c) => toCommand(toArgs(c)));
    assertRedisReady();
    counters.commands += cmds.length;
    // Both run on the shared connection; ioredis writes the whole batch in one go, so a MULTI
    // block cannot interleave with other requests' commands.
    const batch = (atomic ? redis.multi() : redis.pipeline()) as Pipeline;
    for (const cmd of cmds) batch.sendCommand(cmd);
    let replies: [Error | null, unknown][] | null;
    try {
      replies = await batch.exec();
    } catch (err) {
      throw asHttpError(err); // EXECABORT (a command failed to queue) or a dropped connection
    }
    if (!replies) throw new HttpError(400, "EXECABORT Transaction discarded");
    return replies.map(([err, reply]): Outcome => {
      if (!err) return { result: encode(reply, base64) };
      if (!isReplyError(err)) throw err;
      counters.errors++;
      return { error: err.message };
    });
  }

  function readBody(req: IncomingMessage): Promise<Buffer> {
    if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES) {
      return Promise.reject(new HttpError(400, "ERR request body exceeds 10 MB"));
    }
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          req.removeAllListeners("data");
          req.resume(); // discard the rest instead of buffering it
          reject(new HttpError(400, "ERR request body exceeds 10 MB"));
        } else {
          chunks.push(chunk);
        }
      });
      req.on("end", () => resolve(Buffer.concat(chunks)));
      req.on("error", reject);
    });
  }

  function parseJson(body: Buffer): unknown {
    try {
      return JSON.parse(body.toString("utf8"));
    } catch (err) {
      throw new HttpError(400, `ERR failed to parse request body as JSON: ${message(err)}`);
    }
  }

  function isAuthorized(req: IncomingMessage, url: URL): boolean {
    const header = req.headers.authorization ?? "";
    const given = /^bearer\s+(.+)$/i.exec(header)?.[1] ?? url.searchParams.get("_token");
    if (!given) return false;
    return timingSafeEqual(createHash("sha256").update(given.trim()).digest(), expectedToken);
  }

  async function route(req: IncomingMessage): Promise<unknown> {
    const url = new URL(req.url ?? "/", "http://gateway");
    if (!isAuthorized(req, url)) throw new HttpError(401, "Unauthorized");
    if (req.method !== "POST" && req.method !== "GET") throw new HttpError(405, "Method not allowed");
    const body = await readBody(req);
    const base64 = String(req.headers["upstash-encoding"] ?? "").toLowerCase() === "base64";
    const path = url.pathname.replace(/\/+$/, "");

    if (path === "" || path === "/pipeline" || path === "/multi-exec") {
      if (req.method !== "POST") throw new HttpError(405, "Method not allowed");
      const json = parseJson(body);
      if (path === "") return runOne(toCommand(toArgs(json)), base64);
      return runBatch(json, base64, path === "/multi-exec");
    }

    // Path-style: /set/foo/bar?EX=100 -> SET foo bar EX 100; a POST body becomes the last argument.
    let command: Arg[];
    try {
      command = path.slice(1).split("/").map(decodeURIComponent);
    } catch {
      throw new HttpError(400, "ERR malformed URL encoding in path");
    }
    for (const [key, value] of url.searchParams) {
      if (key === "_token") continue;
      command.push(key);
      if (value !== "") command.push(value);
    }
    if (body.length > 0) command.push(body);
    return runOne(toCommand(command), base64);
  }

  function send(res: ServerResponse, status: number, payload: unknown) {
    if (res.headersSent || res.destroyed) return;
    const text = JSON.stringify(payload);
    res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) });
    res.end(text);
  }

  const server = createServer((req, res) => {
    const started = performance.now();
    counters.requests++;
    void (async () => {
      try {
        if (delayMs > 0) await sleep(delayMs);
        send(res, 200, await route(req));
      } catch (err) {
        counters.errors++;
        const status = err instanceof HttpError ? err.status : 500;
        if (status === 400 && !req.complete) res.setHeader("Connection", "close"); // oversized body
        send(res, status, { error: message(err) });
      } finally {
        counters.totalMs += performance.now() - started;
      }
    })();
  });
  // Longer than typical client/load-balancer idle timeouts, so clients' pooled sockets stay valid.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}`,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // idle keep-alive sockets would otherwise hold close() open
      });
      await redis.quit().catch(() => redis.disconnect());
    },
    setDelay(ms: number) {
      delayMs = Math.max(0, ms);
    },
    stats: () => ({ ...counters }),
  };
}

if (isEntryPoint(import.meta.url)) {
  await runStandIn({
    usage: "upstash-gateway.ts [--port 8079] [--host 127.0.0.1] [--redis redis://127.0.0.1:6379/0] --token <token>",
    defaults: { port: "8079", host: "127.0.0.1", redis: "redis://127.0.0.1:6379/0", token: process.env.UPSTASH_REDIS_REST_TOKEN },
    start: (v) => startUpstashGateway({ port: Number(v.port), host: v.host, redisUrl: v.redis, token: v.token }),
    banner: (gateway, v) => `upstash gateway listening on ${gateway.url} (redis ${redisUrlForDisplay(v.redis)})`,
  });
}
