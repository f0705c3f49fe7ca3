// What the two bare claim servers share: a plain node:http server, the member read from the
// same Auth.js session cookie the app reads (Auth.js's own `decode`, the app's secret, and the
// app's revocation check through the same @upstash/redis client), and the app's answer shapes.
// So (b) and (c) differ from each other only in the claim, and from (a) only in Next.js.
// Run with `node --conditions=react-server --import tsx` (lib/ imports `server-only`).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { decode } from "next-auth/jwt";
import { isSessionRevoked } from "@/lib/auth/session-revocation";
import { env } from "@/lib/env";
import { describeFailure, DomainError, type FailureKey } from "@/lib/errors";

const COOKIE = "authjs.session-token";

/** `headers`: extra response headers (Retry-After of a queued claim). */
export type Answer = { status: number; body: unknown; headers?: Record<string, string> };

type Session = { memberId: string; sid: string };

/** The session the cookie holds (decoded, not yet checked against revocation), or null. */
async function sessionOf(req: IncomingMessage): Promise<Session | null> {
  const header = req.headers.cookie ?? "";
  const value = header
    .split(/;\s*/)
    .find((c) => c.startsWith(`${COOKIE}=`))
    ?.slice(COOKIE.length + 1);
  if (!value) return null;
  const token = await decode({ token: value, secret: env.AUTH_SECRET, salt: COOKIE }).catch(() => null);
  return token?.memberId && token.sid ? { memberId: String(token.memberId), sid: String(token.sid) } : null;
}

/** The signed-in member's id, or null (no cookie, bad cookie, revoked session). */
const memberOf = async (session: Session | null): Promise<string | null> => (session && !(await isSessionRevoked(session.sid)) ? session.memberId : null);

/** The client as the load names it (X-Forwarded-For, as a CDN would), else the socket peer. */
const clientAddress = (req: IncomingMessage) => String(req.headers["x-forwarded-for"] ?? req.socket.remoteAddress ?? "").split(",")[0]!.trim();

export const refusal = (status: number, code: string, message: string): Answer => ({ status, body: { error: { code, message } } });

/** A refused claim, answered with the app's status, code, message and Retry-After for it (lib/errors.ts, lib/http.ts). */
export function refuseClaim(refused: FailureKey | DomainError): Answer {
  const { status, code, message, retryAfterSeconds } = describeFailure(typeof refused === "string" ? new DomainError(refused) : refused);
  return { ...refusal(status, code, message), ...(retryAfterSeconds ? { headers: { "retry-after": String(retryAfterSeconds) } } : {}) };
}

type Claim = { req: IncomingMessage; res: ServerResponse; eventId: number };
type Handlers = { claim(eventId: number, memberId: string, address: string): Promise<Answer>; warm?(eventId: number): Promise<void> };

/**
 * Routes `POST /api/coupon-events/:id/claim` (the app's path) and `POST /bench/warm/:id`.
 * `batched` (server (d)): the claims received in one turn of the event loop go through each
 * step together — every session decoded, then every revocation check, then every claim — so
 * @upstash/redis's auto-pipelining (commands issued in the same tick share one request) sends a
 * step's commands for the whole batch as one gateway request instead of one each.
 */
export function serve(name: string, handlers: Handlers, { batched = false } = {}) {
  const send = (res: ServerResponse, { status, body, headers }: Answer) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { ...headers, "content-type": "application/json", "cache-control": "no-store", "content-length": Buffer.byteLength(text) });
    res.end(text);
  };
  const answer = async (res: ServerResponse, work: () => Promise<Answer>) => {
    try {
      send(res, await work());
    } catch (error) {
      console.error(error);
      send(res, refusal(500, "INTERNAL_ERROR", "일시적인 오류가 발생했어요."));
    }
  };
  const decide = async ({ req, eventId }: Claim, memberId: string | null): Promise<Answer> =>
    memberId ? handlers.claim(eventId, memberId, clientAddress(req)) : refusal(401, "UNAUTHORIZED", "로그인이 필요해요.");
  let waiting: Claim[] = [];
  const runBatch = async () => {
    const batch = waiting;
    waiting = [];
    const sessions = await Promise.all(batch.map((c) => sessionOf(c.req)));
    const members = await Promise.allSettled(sessions.map(memberOf));
    await Promise.all(
      batch.map((c, i) =>
        answer(c.res, async () => {
          const member = members[i]!;
          if (member.status === "rejected") throw member.reason;
          return decide(c, member.value);
        }),
      ),
    );
  };
  const server = createServer((req, res) => {
    req.resume();
    const claim = /^\/api\/coupon-events\/(\d+)\/claim$/.exec(req.url ?? "");
    const warm = /^\/bench\/warm\/(\d+)$/.exec(req.url ?? "");
    if (req.method === "GET" && req.url === "/health") return send(res, { status: 200, body: { ok: true } });
    if (req.method === "POST" && warm) {
      return void answer(res, async () => {
        await handlers.warm?.(Number(warm[1]));
        return { status: 200, body: { ok: true } };
      });
    }
    if (req.method !== "POST" || !claim) return send(res, refusal(404, "NOT_FOUND", "찾을 수 없어요."));
    const request = { req, res, eventId: Number(claim[1]) };
    if (!batched) return void answer(res, async () => decide(request, await memberOf(await sessionOf(req))));
    if (waiting.push(request) === 1) setImmediate(() => void runBatch());
  });
  server.keepAliveTimeout = 65_000;
  const port = Number(process.env.PORT);
  server.listen(port, "127.0.0.1", () => console.log(`${name} listening on http://127.0.0.1:${port}`));
  // A clean exit on SIGTERM, so `--cpu-prof` writes its profile.
  const stop = () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2_000).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
