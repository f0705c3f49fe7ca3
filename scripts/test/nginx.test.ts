// nginx with the repository's configuration (nginx.conf.template) in front of two tiny upstreams:
// the balancing, forwarding, body and cache rules the app and docs/deploy.md rely on.
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createNetServer, type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../lib/local-env.ts";
import { startNginx, type Nginx } from "./nginx.ts";

type Seen = { url: string; headers: IncomingMessage["headers"]; body: string };

/** Every request an upstream saw, as it began (so one refused mid-body still counts). */
const arrivals: string[] = [];
const seen: Seen[] = [];
const arrivalsOf = (url: string) => arrivals.filter((u) => u === url).length;

/** Cache-Control (and cookies) each /cache/<name> answer carries. */
const CACHE_CASES: Record<string, Record<string, string>> = {
  public: { "cache-control": "public, s-maxage=1" },
  "browser-never": { "cache-control": "public, max-age=0, s-maxage=1" },
  "shared-by-members": { "cache-control": "public, s-maxage=1" },
  private: { "cache-control": "private, no-store" },
  "not-said-public": { "cache-control": "s-maxage=1" },
  "with-cookie": { "cache-control": "public, s-maxage=1", "set-cookie": "seen=1; Path=/; HttpOnly" },
};

/**
 * /early answers 401 on the first chunk of a body and throws the rest away (as Next.js does
 * when a handler refuses a request without reading it); /cache/<name> answers per CACHE_CASES;
 * everything else is echoed.
 */
async function startUpstream(name: string): Promise<Server & { port: number }> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    arrivals.push(req.url!);
    if (req.url === "/early") {
      req.resume();
      req.once("data", () => res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ from: name })));
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString();
      seen.push({ url: req.url!, headers: req.headers, body });
      const cacheCase = CACHE_CASES[req.url!.replace(/^\/cache\//, "")];
      res.writeHead(200, { "content-type": "application/json", ...cacheCase }).end(JSON.stringify({ from: name, bytes: body.length, n: arrivalsOf(req.url!) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return Object.assign(server, { port: (server.address() as AddressInfo).port });
}

async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** nginx's temp folders for a port (scripts/test/nginx.ts). */
const foldersOf = (port: number) => readdirSync(os.tmpdir()).filter((name) => name.startsWith(`comegongbang-nginx-${port}-`));

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

let upstreams: (Server & { port: number })[];
let nginx: Nginx;

beforeAll(async () => {
  upstreams = [await startUpstream("a"), await startUpstream("b")];
  nginx = await startNginx({ port: await freePort(), upstreams: upstreams.map((u) => `127.0.0.1:${u.port}`) });
});

afterAll(async () => {
  await nginx?.stop();
  await Promise.all(upstreams.map((u) => new Promise((resolve) => u.close(resolve))));
});

describe("nginx in front of the instances (nginx.conf.template)", () => {
  it("sends consecutive requests to alternating upstreams and tells a local client which answered", async () => {
    const answers: { upstream: string | null; from: string }[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await fetch(`${nginx.url}/echo?i=${i}`);
      answers.push({ upstream: res.headers.get("x-upstream"), from: ((await res.json()) as { from: string }).from });
    }
    const portOf = { a: upstreams[0]!.port, b: upstreams[1]!.port };
    for (const answer of answers) expect(answer.upstream).toBe(`127.0.0.1:${portOf[answer.from as "a" | "b"]}`);
    const [first, second] = [answers[0]!.from, answers[1]!.from];
    expect(first).not.toBe(second);
    expect(answers.map((a) => a.from)).toEqual([first, second, first, second, first, second]);
  });

  it("appends the client to X-Forwarded-For, says the scheme, keeps the Host and drops a client's X-Forwarded-Host", async () => {
    const res = await fetch(`${nginx.url}/echo?headers`, { headers: { "x-forwarded-for": "203.0.113.7", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" } });
    expect(res.status).toBe(200);
    const { headers } = seen.find((s) => s.url === "/echo?headers")!;
    expect(headers["x-forwarded-for"]).toMatch(/^203\.0\.113\.7, (127\.0\.0\.1|::1)$/);
    expect(headers["x-forwarded-proto"]).toBe("http");
    expect(headers.host).toBe(new URL(nginx.url).host);
    expect(headers["x-forwarded-host"]).toBeUndefined();
  });

  it("reads a streamed body whole, then forwards it with its length", async () => {
    const part = "가".repeat(500_000);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 4; i++) controller.enqueue(new TextEncoder().encode(part));
        controller.close();
      },
    });
    const res = await fetch(`${nginx.url}/echo?streamed`, { method: "POST", body, duplex: "half" } as RequestInit);
    expect(res.status).toBe(200);
    const last = seen.find((s) => s.url === "/echo?streamed")!;
    expect(last.body).toBe(part.repeat(4));
    expect(last.headers["transfer-encoding"]).toBeUndefined();
    expect(last.headers["content-length"]).toBe(String(Buffer.byteLength(part) * 4));
  });

  it("keeps the client's connection when the upstream answers before reading a large body", async () => {
    const big = "x".repeat(4_000_000);
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${nginx.url}/early`, { method: "POST", body: big });
      expect(res.status).toBe(401);
      const next = await fetch(`${nginx.url}/echo`, { method: "POST", body: "after" });
      expect(await next.json()).toMatchObject({ bytes: 5 });
    }
  });

  it("refuses a body over 10 MB with 413 without reaching an upstream", async () => {
    const res = await fetch(`${nginx.url}/echo?huge`, { method: "POST", body: "x".repeat(10 * 1024 * 1024 + 1) });
    expect(res.status).toBe(413);
    expect(arrivalsOf("/echo?huge")).toBe(0);
    // 10 MB itself is forwarded.
    const fits = await fetch(`${nginx.url}/echo?fits`, { method: "POST", body: "x".repeat(10 * 1024 * 1024) });
    expect(await fits.json()).toMatchObject({ bytes: 10 * 1024 * 1024 });
  });

  it("answers its own refusals in the API's error shape: a URI it will not pass on, a body too large, no instance up", async () => {
    const expectShape = async (res: Response, status: number, code: string) => {
      expect(res.status).toBe(status);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      const { error } = (await res.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe(code);
      expect(error.message).toMatch(/\p{Script=Hangul}/u);
    };
    await expectShape(await fetch(`${nginx.url}/api/products/%E2%80%AE%00/like`), 400, "BAD_REQUEST");
    await expectShape(await fetch(`${nginx.url}/echo?over`, { method: "POST", body: "x".repeat(10 * 1024 * 1024 + 1) }), 413, "BODY_TOO_LARGE");
    const alone = await startNginx({ port: await freePort(), upstreams: [`127.0.0.1:${await freePort()}`] });
    try {
      const down = await fetch(`${alone.url}/echo`);
      expect(down.headers.get("retry-after")).toBe("2");
      await expectShape(down, 503, "SERVICE_UNAVAILABLE");
    } finally {
      await alone.stop();
    }
  });
});

describe("the micro-cache", () => {
  const get = async (name: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${nginx.url}/cache/${name}`, { headers });
    return { cache: res.headers.get("x-cache"), n: ((await res.json()) as { n: number }).n };
  };

  it("serves a `public, s-maxage=1` answer from the cache within its second, then asks again", async () => {
    for (const name of ["public", "browser-never"]) {
      expect(await get(name)).toEqual({ cache: "MISS", n: 1 });
      expect(await get(name)).toEqual({ cache: "HIT", n: 1 });
      expect(await get(name)).toEqual({ cache: "HIT", n: 1 });
      expect(arrivalsOf(`/cache/${name}`)).toBe(1);
      // s-maxage, not max-age=0 or forever: after its second the upstream is asked again.
      await expect.poll(async () => (await get(name)).n, { timeout: 5_000, interval: 250 }).toBe(2);
    }
  });

  it("never stores a private, no-store answer, one not marked public, or one that sets a cookie", async () => {
    for (const name of ["private", "not-said-public", "with-cookie"]) {
      for (let i = 1; i <= 3; i++) expect(await get(name)).toEqual({ cache: "MISS", n: i });
    }
  });

  it("shares a public answer between signed-in and anonymous visitors (its per-viewer part comes separately)", async () => {
    const member = { cookie: "authjs.session-token=abc" };
    expect(await get("shared-by-members", member)).toEqual({ cache: "MISS", n: 1 });
    expect(await get("shared-by-members")).toEqual({ cache: "HIT", n: 1 });
    expect(await get("shared-by-members", { cookie: "authjs.session-token=other" })).toEqual({ cache: "HIT", n: 1 });
  });
});

describe("nginx's lifetime", () => {
  it("ends with the process that started it, even one killed outright; the next start on its port removes its folder", async () => {
    const port = await freePort();
    const code = `const { startNginx } = await import(${JSON.stringify(path.join(ROOT, "scripts/test/nginx.ts"))});
      const n = await startNginx({ port: ${port}, upstreams: ["127.0.0.1:${upstreams[0]!.port}"] });
      console.log(n.server.child.pid);`;
    const owner = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    const pid = Number(await new Promise<string>((resolve) => owner.stdout.once("data", (d: Buffer) => resolve(d.toString()))));
    expect(isAlive(pid)).toBe(true);
    expect((await fetch(`http://127.0.0.1:${port}/echo`)).status).toBe(200);
    owner.kill("SIGKILL");
    await expect.poll(() => isAlive(pid), { timeout: 10_000 }).toBe(false);
    await expect(fetch(`http://127.0.0.1:${port}/echo`)).rejects.toThrow();
    expect(foldersOf(port)).toHaveLength(1);
    const next = await startNginx({ port, upstreams: [`127.0.0.1:${upstreams[0]!.port}`] });
    await next.stop();
    expect(foldersOf(port)).toEqual([]);
  });

  it("stop() ends nginx and removes its temp folder", async () => {
    const port = await freePort();
    const other = await startNginx({ port, upstreams: [`127.0.0.1:${upstreams[0]!.port}`] });
    const pid = other.server.child.pid!;
    expect(foldersOf(port)).toHaveLength(1);
    await other.stop();
    expect(isAlive(pid)).toBe(false);
    expect(foldersOf(port)).toEqual([]);
  });
});
