/**
 * A load balancer in miniature: every request (not every connection) goes to the next
 * upstream in turn, so consecutive requests of one browser session land on different app
 * instances. Proves the app keeps no state of its own. Adds `x-upstream` (which instance
 * answered) to responses and appends the client to X-Forwarded-For, as real balancers do.
 *
 * Like nginx (`proxy_request_buffering on`, `client_max_body_size`), it reads a request body
 * whole before choosing an upstream, and refuses one over the limit with 413. Streaming bodies
 * through instead breaks when the app answers before reading them (a 401 to a 1 MB POST): the
 * rest of the upload then has nowhere to go and the client's connection is reset.
 */
import { createServer, request as httpRequest, Agent, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type RoundRobinProxy = { url: string; close(): Promise<void>; counts(): number[] };

/** nginx's `client_max_body_size` for this stand-in: above the app's own 8 MB drain limit. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

export async function startRoundRobinProxy(opts: { port: number; upstreams: string[]; host?: string }): Promise<RoundRobinProxy> {
  // Idle sockets are dropped well before the upstream's keep-alive timeout (see startApp), so a
  // request never lands on a socket the upstream is closing (a reset, then a 502).
  const agent = new Agent({ keepAlive: true, maxSockets: 256, timeout: 30_000 });
  const counts = opts.upstreams.map(() => 0);
  let next = 0;

  function forward(req: IncomingMessage, res: ServerResponse, body: Buffer) {
    const index = next;
    next = (next + 1) % opts.upstreams.length;
    counts[index]!++;
    const target = new URL(opts.upstreams[index]!);
    const forwardedFor = [req.headers["x-forwarded-for"], req.socket.remoteAddress].filter(Boolean).join(", ");
    const headers = { ...req.headers, "x-forwarded-for": forwardedFor, "x-forwarded-proto": "http" };
    // The body is whole now: sent with its length, never chunked.
    delete headers["transfer-encoding"];
    if (body.length > 0 || req.headers["content-length"] !== undefined) headers["content-length"] = String(body.length);
    const upstream = httpRequest({ agent, hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers }, (upstreamRes) => {
      res.writeHead(upstreamRes.statusCode ?? 502, { ...upstreamRes.headers, "x-upstream": String(index) });
      upstreamRes.pipe(res);
    });
    upstream.on("error", () => {
      if (res.headersSent) res.destroy();
      else res.writeHead(502, { "content-type": "text/plain" }).end("bad gateway");
    });
    upstream.end(body);
  }

  function bufferThenForward(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on("end", () => {
      if (size > MAX_BODY_BYTES) res.writeHead(413, { "content-type": "text/plain" }).end("request entity too large");
      else forward(req, res, Buffer.concat(chunks));
    });
    req.on("error", () => res.destroy());
  }

  const server = createServer(bufferThenForward);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host ?? "::", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    counts: () => [...counts],
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}
