import { Server, type IncomingMessage } from "node:http";

const installed = Symbol.for("comgongbang.socketPeer");

/**
 * Appends each request's socket peer to X-Forwarded-For before Next.js sees the request.
 * Next.js fills the header from the socket only when a request has none (base-server:
 * `x-forwarded-for ??= socket.remoteAddress`), so a client talking to the app directly could
 * name any address. With this, the right-most entry is always the true peer and lib/client-ip.ts
 * counts trusted proxies from there. Installed once per process from instrumentation.ts, which
 * Next.js runs while the server starts: a request received in the second before that (before
 * the instance answers its health check) keeps its header as sent.
 */
export function appendSocketPeers(): void {
  const proto = Server.prototype as Server & { [installed]?: true };
  if (proto[installed]) return;
  proto[installed] = true;
  const emit = proto.emit;
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as IncomingMessage;
      const peer = request.socket.remoteAddress;
      if (peer) {
        const forwarded = request.headers["x-forwarded-for"];
        request.headers["x-forwarded-for"] = forwarded ? `${forwarded}, ${peer}` : peer;
      }
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
