/**
 * A load balancer in miniature: every request (not every connection) goes to the next
 * upstream in turn, so consecutive requests of one browser session land on different app
 * instances. Proves the app keeps no state of its own. Adds `x-upstream` (which instance
 * answered) to responses and appends the client to X-Forwarded-For, as real balancers do.
 */
import { createServer, request as httpRequest, Agent, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type RoundRobinProxy = { url: string; close(): Promise<void>; counts(): number[] };

export async function startRoundRobinProxy(opts: { port: number; upstreams: string[]; host?: string }): Promise<RoundRobinProxy> {
  // Idle sockets are dropped well before the upstream's keep-alive timeout (see startApp), so a
  // request never lands on a socket the upstream is closing (a reset, then a 502).
  const agent = new Agent({ keepAlive: true, maxSockets: 256, timeout: 30_000 });
  const counts = opts.upstreams.map(() => 0);
  let next = 0;

  function forward(req: IncomingMessage, res: ServerResponse) {
    const index = next;
    next = (next + 1) % opts.upstreams.length;
    counts[index]!++;
    const target = new URL(opts.upstreams[index]!);
    const forwardedFor = [req.headers["x-forwarded-for"], req.socket.remoteAddress].filter(Boolean).join(", ");
    const upstream = httpRequest(
      {
        agent,
        hostname: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, "x-forwarded-for": forwardedFor, "x-forwarded-proto": "http" },
      },
      (upstreamRes) => {
        res.writeHead(upstreamRes.statusCode ?? 502, { ...upstreamRes.headers, "x-upstream": String(index) });
        upstreamRes.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
      res.end("bad gateway");
    });
    req.pipe(upstream);
  }

  const server = createServer(forward);
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
