import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RoundRobinProxy, startRoundRobinProxy } from "./round-robin-proxy.ts";

type Seen = { method: string; url: string; forwardedFor: string; body: string };

/**
 * An upstream that answers /early with a 401 on the first chunk of a body and throws the rest
 * away (as Next.js does when a handler refuses a request without reading it), and echoes
 * everything else.
 */
async function startUpstream(name: string, seen: Seen[]): Promise<{ server: Server; url: string }> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.url === "/early") {
      req.resume();
      req.once("data", () => {
        res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ from: name }));
      });
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString();
      seen.push({ method: req.method!, url: req.url!, forwardedFor: String(req.headers["x-forwarded-for"]), body });
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ from: name, bytes: body.length }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const seen: Seen[] = [];
let upstreams: Awaited<ReturnType<typeof startUpstream>>[];
let proxy: RoundRobinProxy;

beforeAll(async () => {
  upstreams = [await startUpstream("a", seen), await startUpstream("b", seen)];
  proxy = await startRoundRobinProxy({ port: 0, upstreams: upstreams.map((u) => u.url) });
});

afterAll(async () => {
  await proxy.close();
  await Promise.all(upstreams.map((u) => new Promise((resolve) => u.server.close(resolve))));
});

describe("round-robin proxy", () => {
  it("sends consecutive requests to alternating upstreams and says which answered", async () => {
    const answers: { upstream: string | null; from: string }[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${proxy.url}/echo?i=${i}`);
      answers.push({ upstream: res.headers.get("x-upstream"), from: ((await res.json()) as { from: string }).from });
    }
    const byIndex = (upstream: string | null) => (upstream === "0" ? "a" : "b");
    for (const answer of answers) expect(answer.from).toBe(byIndex(answer.upstream));
    expect(answers.map((a) => a.from)).toEqual([answers[0]!.from, answers[1]!.from, answers[0]!.from, answers[1]!.from]);
    expect(answers[0]!.from).not.toBe(answers[1]!.from);
  });

  it("forwards the whole body and appends the client to X-Forwarded-For", async () => {
    const body = JSON.stringify({ text: "가".repeat(100_000) });
    const res = await fetch(`${proxy.url}/echo`, { method: "POST", body, headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.7" } });
    expect(res.status).toBe(200);
    const last = seen.at(-1)!;
    expect(last.body).toBe(body);
    expect(last.forwardedFor).toMatch(/^203\.0\.113\.7, (::ffff:)?127\.0\.0\.1$|^203\.0\.113\.7, ::1$/);
  });

  it("keeps the client's connection when the upstream answers before reading a large body", async () => {
    const big = "x".repeat(4_000_000);
    for (let i = 0; i < 60; i++) {
      const res = await fetch(`${proxy.url}/early`, { method: "POST", body: big });
      expect(res.status).toBe(401);
      const next = await fetch(`${proxy.url}/echo`, { method: "POST", body: "after" });
      expect(await next.json()).toMatchObject({ bytes: 5 });
    }
  });

  it("refuses a body over its limit with 413, sending nothing upstream", async () => {
    const before = seen.length;
    const res = await fetch(`${proxy.url}/echo`, { method: "POST", body: "x".repeat(11 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect(seen.length).toBe(before);
  });
});
