/**
 * Local stand-in for the Resend HTTP API ("mail outbox").
 *
 * The app sends mail with the real `resend` SDK; pointing RESEND_BASE_URL at this
 * server makes the SDK deliver here instead of to api.resend.com. Nothing leaves
 * the machine: mail is kept in memory, readable as JSON (for tests) and as a small
 * Korean web page (for people on dev machines).
 *
 * Wire format follows resend@6 (`node_modules/resend/dist/index.mjs`):
 * - requests are JSON with `Authorization: Bearer re_…`;
 * - success is any 2xx with a JSON body, e.g. `{ "id": "<uuid>" }`;
 * - errors are `{ statusCode, name, message }` — the SDK hands that object back
 *   unchanged as `{ data: null, error }` instead of throwing;
 * - `Idempotency-Key`: the same key and body get the first answer again and no second mail;
 *   the same key with another body is 409 invalid_idempotent_request.
 *
 * Test hooks (not Resend's): `POST /__fail {count, status}` refuses the next `count` sends;
 * `POST /__hold {to}` delivers the next send to that address but keeps the sender waiting for
 * the answer until `POST /__release` or until it hangs up (a sender killed after its mail went
 * out and before it heard so), `GET /__hold` says how many wait; `GET /__stats?subject=` counts every delivery ever made whose
 * subject contains the text (the list keeps only the newest MAX_MAILS): `{delivered,
 * recipients, duplicates}`, a duplicate being a second mail with the same recipient and subject
 * (the bench's exactly-once check).
 */
import { createHash, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { type AddressInfo } from "node:net";
import { z } from "zod";
import { isEntryPoint, runStandIn } from "./command-line.ts";

export interface MailOutboxOptions {
  /** 0 = pick a free port (what tests want). */
  port?: number;
  /** Defaults to 127.0.0.1 so a dev tool never listens on the network by accident. */
  host?: string;
}

export interface CaughtMail {
  id: string;
  from: string;
  to: string[];
  cc?: string[];
  bcc?: string[];
  reply_to?: string[];
  subject: string;
  html?: string;
  text?: string;
  headers?: Record<string, string>;
  tags?: { name: string; value: string }[];
  created_at: string;
}

export interface MailOutbox {
  url: string;
  close(): Promise<void>;
  /** Newest first. */
  messages(): CaughtMail[];
  clear(): void;
  /** While down, sending answers 503 — for fault tests. */
  setDown(down: boolean): void;
  /** The next `count` sends answer `status` and deliver nothing (also `POST /__fail {count, status}`), for retry tests. */
  failNext(count: number, status?: number): void;
  /** The next send to `address` is delivered, its answer held until release() (also `POST /__hold {to}`). */
  hold(address: string): void;
  /** Answers every held send (also `POST /__release`). */
  release(): void;
}

const MAX_MAILS = 1000;
const MAX_BODY_BYTES = 10 * 1024 * 1024;
const MAX_BATCH = 100;
const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

// ---------------------------------------------------------------------------
// Validation (mirrors the rules Resend documents for POST /emails)

const EMAIL_RE = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** Resend accepts `a@b.c` and `Name <a@b.c>`. */
function isAddress(value: string): boolean {
  const angle = /^[^<>]*<([^<>]+)>$/.exec(value.trim());
  return EMAIL_RE.test(angle ? (angle[1] ?? "") : value.trim());
}

/** Bare, lower-cased address, so `?to=` matches `홍길동 <A@B.kr>` too. */
function bareAddress(value: string): string {
  const angle = /<([^<>]+)>/.exec(value);
  return (angle ? (angle[1] ?? "") : value).trim().toLowerCase();
}

const address = z.string().refine(isAddress, "The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.");
const addressList = z
  .union([address, z.array(address).min(1).max(50)])
  .transform((v) => (Array.isArray(v) ? v : [v]));
// Tag names/values are restricted by Resend to ASCII letters, digits, _ and -.
const tagPart = z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, "Tags may only contain ASCII letters, numbers, underscores, or dashes.");

const emailSchema = z
  .object({
    from: address,
    to: addressList,
    subject: z.string().min(1),
    cc: addressList.optional(),
    bcc: addressList.optional(),
    reply_to: addressList.optional(),
    html: z.string().optional(),
    text: z.string().optional(),
    headers: z.record(z.string(), z.string()).optional(),
    tags: z.array(z.object({ name: tagPart, value: tagPart })).optional(),
    scheduled_at: z.string().optional(),
  })
  .refine((m) => m.html !== undefined || m.text !== undefined, {
    message: "Missing `html` or `text` field.",
    path: ["html"],
  });

type EmailInput = z.infer<typeof emailSchema>;

/** Test hook body: refuse the next `count` sends with `status` (a 5xx or 429, as Resend's outages look). */
const failSchema = z.object({ count: z.number().int().min(0).max(1000), status: z.number().int().min(429).max(599).default(503) });
/** Test hook body: hold the answer to the next send to this address. */
const holdSchema = z.object({ to: z.string().refine(isAddress) });

/** Turn the first zod issue into a Resend-style sentence. */
function validationMessage(body: unknown, error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "Invalid request body.";
  const field = String(issue.path[0] ?? "body");
  const given = typeof body === "object" && body !== null ? (body as Record<string, unknown>)[field] : undefined;
  if (given === undefined || given === "") {
    return issue.message.startsWith("Missing") ? issue.message : `Missing \`${field}\` field.`;
  }
  return `Invalid \`${issue.path.join(".")}\` field. ${issue.message}`;
}

// ---------------------------------------------------------------------------
// HTTP helpers

type ErrorName =
  | "validation_error"
  | "missing_api_key"
  | "invalid_api_key"
  | "not_found"
  | "method_not_allowed"
  | "invalid_idempotency_key"
  | "invalid_idempotent_request"
  | "application_error";

class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly errorName: ErrorName,
    message: string,
  ) {
    super(message);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  // The pages never need scripts; forbidding them is a cheap second fence
  // around untrusted mail HTML (which also sits in a sandboxed iframe).
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": "script-src 'none'; object-src 'none'",
  });
  res.end(html);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(422, "validation_error", "Request body is too large.");
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpError(422, "validation_error", "Request body is not valid JSON.");
  }
}

/** Resend: no header → 401 missing_api_key; a key that is not `re_…` → 403 invalid_api_key. */
function requireApiKey(req: IncomingMessage): void {
  const header = req.headers.authorization;
  if (!header) throw new HttpError(401, "missing_api_key", "Missing API key in the authorization header.");
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]?.startsWith("re_")) throw new HttpError(403, "invalid_api_key", "API key is invalid");
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// ---------------------------------------------------------------------------
// Pages (Korean: they are read by people on the team)

const timeFormat = new Intl.DateTimeFormat("ko-KR", { timeZone: "Asia/Seoul", dateStyle: "short", timeStyle: "medium" });

const PAGE_CSS = `
  body { font-family: system-ui, -apple-system, "Apple SD Gothic Neo", "Malgun Gothic", sans-serif; margin: 0; background: #f6f7f9; color: #1f2328; }
  main { max-width: 960px; margin: 0 auto; padding: 24px 16px 48px; }
  h1 { font-size: 1.4rem; margin: 0 0 4px; }
  p.hint { color: #59636e; margin: 0 0 20px; font-size: .9rem; }
  table { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid #d1d9e0; border-radius: 8px; overflow: hidden; }
  th, td { text-align: left; padding: 10px 12px; border-bottom: 1px solid #eef1f4; font-size: .92rem; vertical-align: top; }
  th { background: #f0f3f6; font-weight: 600; }
  td.time { white-space: nowrap; color: #59636e; }
  a { color: #0969da; text-decoration: none; } a:hover { text-decoration: underline; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 6px 16px; background: #fff; border: 1px solid #d1d9e0; border-radius: 8px; padding: 16px; margin: 0 0 20px; }
  dt { color: #59636e; } dd { margin: 0; word-break: break-all; }
  h2 { font-size: 1.05rem; margin: 24px 0 8px; }
  iframe { width: 100%; height: 560px; border: 1px solid #d1d9e0; border-radius: 8px; background: #fff; }
  pre { white-space: pre-wrap; background: #fff; border: 1px solid #d1d9e0; border-radius: 8px; padding: 16px; margin: 0; }
  .empty { padding: 32px; text-align: center; color: #59636e; background: #fff; border: 1px dashed #d1d9e0; border-radius: 8px; }
`;

function layout(title: string, body: string): string {
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${PAGE_CSS}</style></head><body><main>${body}</main></body></html>`;
}

function listPage(mails: CaughtMail[]): string {
  const rows = mails
    .map(
      (m) =>
        `<tr><td class="time">${escapeHtml(timeFormat.format(new Date(m.created_at)))}</td><td>${escapeHtml(m.to.join(", "))}</td><td><a href="/view/${encodeURIComponent(m.id)}">${escapeHtml(m.subject)}</a></td></tr>`,
    )
    .join("");
  const table = mails.length
    ? `<table><thead><tr><th scope="col">받은 시각</th><th scope="col">받는 사람</th><th scope="col">제목</th></tr></thead><tbody>${rows}</tbody></table>`
    : `<div class="empty">아직 받은 메일이 없습니다.</div>`;
  return layout(
    "메일함 (로컬 Resend)",
    `<h1>메일함 (로컬 Resend)</h1><p class="hint">앱이 보낸 메일은 실제로 발송되지 않고 여기에 모입니다. 최신 메일이 위에 있습니다 (${mails.length}통). 새 메일을 보려면 새로고침하세요.</p>${table}`,
  );
}

function viewPage(m: CaughtMail): string {
  const header = (label: string, value: string | undefined) =>
    value ? `<dt>${label}</dt><dd>${escapeHtml(value)}</dd>` : "";
  const extraHeaders = Object.entries(m.headers ?? {})
    .map(([k, v]) => header(escapeHtml(k), v))
    .join("");
  const tags = m.tags?.map((t) => `${t.name}=${t.value}`).join(", ");
  // srcdoc is an attribute, so escaping the whole document is exactly right; the
  // empty `sandbox` blocks scripts, forms and top navigation from mail HTML.
  const htmlPart = m.html
    ? `<h2>HTML 본문</h2><iframe title="HTML 본문" sandbox srcdoc="${escapeHtml(m.html)}"></iframe>`
    : "";
  const textPart = m.text ? `<h2>텍스트 본문</h2><pre>${escapeHtml(m.text)}</pre>` : "";
  return layout(
    `${m.subject} — 메일함`,
    `<p><a href="/">← 메일함으로</a></p><h1>${escapeHtml(m.subject)}</h1>
     <dl>${header("보낸 사람", m.from)}${header("받는 사람", m.to.join(", "))}${header("참조", m.cc?.join(", "))}${header("숨은 참조", m.bcc?.join(", "))}${header("회신 주소", m.reply_to?.join(", "))}${header("받은 시각", timeFormat.format(new Date(m.created_at)))}${header("태그", tags)}${header("ID", m.id)}${extraHeaders}</dl>
     ${htmlPart}${textPart}`,
  );
}

// ---------------------------------------------------------------------------
// Server

export async function startMailOutbox(opts: MailOutboxOptions = {}): Promise<MailOutbox> {
  const host = opts.host ?? "127.0.0.1";
  let mails: CaughtMail[] = []; // newest first
  let down = false;
  /** Sends still to refuse (failNext), and with which status. */
  let failing = { count: 0, status: 503 };
  /** "recipient\nsubject" → how many mails went there, for every delivery since the last clear. */
  let deliveries = new Map<string, number>();
  // Idempotency-Key → what we answered, so an SDK retry does not deliver twice.
  const idempotent = new Map<string, { fingerprint: string; status: number; body: unknown; at: number }>();
  /** Addresses whose next send is answered only on release (hold), and the answers waiting. */
  const holds = new Set<string>();
  const held = new Set<() => void>();

  /**
   * Waits here, after a delivery and before its answer, if a recipient's send was to be held;
   * false when the sender hung up meanwhile (there is nobody left to answer).
   */
  async function answerWhenReleased(recipients: string[], req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const address = recipients.map(bareAddress).find((a) => holds.has(a));
    if (!address) return true;
    holds.delete(address);
    await new Promise<void>((resolveHold) => {
      const done = () => {
        held.delete(done);
        resolveHold();
      };
      held.add(done);
      res.once("close", done);
    });
    return !req.socket.destroyed;
  }

  const recipientsOf = (body: unknown): string[] =>
    (Array.isArray(body) ? body : [body]).flatMap((mail: unknown) => {
      const to = (mail as { to?: unknown } | null)?.to;
      return (Array.isArray(to) ? to : [to]).filter((a): a is string => typeof a === "string");
    });

  function store(input: EmailInput): CaughtMail {
    const mail: CaughtMail = {
      id: randomUUID(),
      from: input.from,
      to: input.to,
      ...(input.cc && { cc: input.cc }),
      ...(input.bcc && { bcc: input.bcc }),
      ...(input.reply_to && { reply_to: input.reply_to }),
      subject: input.subject,
      ...(input.html !== undefined && { html: input.html }),
      ...(input.text !== undefined && { text: input.text }),
      ...(input.headers && { headers: input.headers }),
      ...(input.tags && { tags: input.tags }),
      created_at: new Date().toISOString(),
    };
    mails.unshift(mail);
    for (const to of mail.to) {
      const key = `${bareAddress(to)}\n${mail.subject}`;
      deliveries.set(key, (deliveries.get(key) ?? 0) + 1);
    }
    if (mails.length > MAX_MAILS) mails.length = MAX_MAILS;
    return mail;
  }

  function parseEmail(body: unknown, prefix = ""): EmailInput {
    const result = emailSchema.safeParse(body);
    if (!result.success) throw new HttpError(422, "validation_error", prefix + validationMessage(body, result.error));
    return result.data;
  }

  /** Runs `produce` once per Idempotency-Key; replays the stored answer afterwards. */
  async function withIdempotency(
    req: IncomingMessage,
    body: unknown,
    produce: () => { status: number; body: unknown },
  ): Promise<{ status: number; body: unknown }> {
    const key = req.headers["idempotency-key"];
    if (typeof key !== "string") return produce();
    if (key.length < 1 || key.length > 256) {
      throw new HttpError(400, "invalid_idempotency_key", "The key must be between 1-256 chars.");
    }
    const scoped = `${req.url} ${key}`;
    const fingerprint = createHash("sha256").update(JSON.stringify(body)).digest("hex");
    const prior = idempotent.get(scoped);
    if (prior && Date.now() - prior.at < IDEMPOTENCY_TTL_MS) {
      if (prior.fingerprint !== fingerprint) {
        throw new HttpError(409, "invalid_idempotent_request", "Same idempotency key used with a different request payload.");
      }
      return prior;
    }
    const answer = produce();
    idempotent.set(scoped, { fingerprint, ...answer, at: Date.now() });
    return answer;
  }

  async function sendOne(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJson(req);
    const answer = await withIdempotency(req, body, () => ({ status: 200, body: { id: store(parseEmail(body)).id } }));
    if (await answerWhenReleased(recipientsOf(body), req, res)) sendJson(res, answer.status, answer.body);
  }

  async function sendBatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJson(req);
    if (!Array.isArray(body) || body.length < 1 || body.length > MAX_BATCH) {
      throw new HttpError(422, "validation_error", `The batch must be an array of 1 to ${MAX_BATCH} emails.`);
    }
    // The SDK sends `x-batch-validation: strict` by default: one bad email rejects
    // the whole batch. `permissive` stores the good ones and lists the bad ones.
    const permissive = req.headers["x-batch-validation"] === "permissive";
    const answer = await withIdempotency(req, body, () => {
      const parsed: EmailInput[] = [];
      const errors: { index: number; message: string }[] = [];
      body.forEach((item: unknown, index) => {
        try {
          parsed.push(parseEmail(item, `emails[${index}]: `));
        } catch (err) {
          if (!permissive) throw err;
          errors.push({ index, message: (err as Error).message });
        }
      });
      const data = parsed.map((input) => ({ id: store(input).id }));
      return { status: 200, body: permissive ? { data, errors } : { data } };
    });
    if (await answerWhenReleased(recipientsOf(body), req, res)) sendJson(res, answer.status, answer.body);
  }

  function listMails(url: URL): CaughtMail[] {
    // URLSearchParams turns a literal `+` into a space; addresses never contain
    // spaces, so undo that for `?to=user+tag@example.com`.
    const to = url.searchParams.get("to")?.replaceAll(" ", "+").trim().toLowerCase();
    return to ? mails.filter((m) => m.to.some((addr) => bareAddress(addr) === to)) : mails;
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://outbox.invalid");
    const path = url.pathname.replace(/\/+$/, "") || "/";
    const method = req.method ?? "GET";

    if (path === "/emails" || path === "/emails/batch") {
      if (method === "POST") {
        if (down) throw new HttpError(503, "application_error", "The mail outbox is down (fault injection).");
        if (failing.count > 0) {
          failing.count--;
          throw new HttpError(failing.status, "application_error", `The mail outbox refused this send (fault injection, ${failing.count} more to refuse).`);
        }
        requireApiKey(req);
        return path === "/emails" ? sendOne(req, res) : sendBatch(req, res);
      }
      if (path === "/emails" && method === "GET") {
        return sendJson(res, 200, { object: "list", has_more: false, data: listMails(url) });
      }
      if (path === "/emails" && method === "DELETE") {
        const deleted = mails.length;
        mails = [];
        return sendJson(res, 200, { object: "list", deleted });
      }
      throw new HttpError(405, "method_not_allowed", "Method is not allowed for the requested path.");
    }

    const emailId = /^\/emails\/([^/]+)$/.exec(path)?.[1];
    if (emailId && method === "GET") {
      const mail = mails.find((m) => m.id === emailId);
      if (!mail) throw new HttpError(404, "not_found", "Email not found");
      return sendJson(res, 200, { object: "email", ...mail });
    }

    if (path === "/__stats" && method === "GET") {
      const subject = url.searchParams.get("subject") ?? "";
      const stats = { delivered: 0, recipients: 0, duplicates: 0 };
      for (const [key, count] of deliveries) {
        if (!key.slice(key.indexOf("\n") + 1).includes(subject)) continue;
        stats.delivered += count;
        stats.recipients += 1;
        stats.duplicates += count - 1;
      }
      return sendJson(res, 200, stats);
    }

    if (path === "/__fail" && method === "POST") {
      const parsed = failSchema.safeParse(await readJson(req));
      if (!parsed.success) throw new HttpError(422, "validation_error", "Send {count, status}: count 0–1000, status 429–599.");
      failing = parsed.data;
      return sendJson(res, 200, failing);
    }

    if (path === "/__hold") {
      if (method === "POST") {
        const parsed = holdSchema.safeParse(await readJson(req));
        if (!parsed.success) throw new HttpError(422, "validation_error", "Send {to}: an email address.");
        holds.add(bareAddress(parsed.data.to));
      }
      // Addresses whose next send will be held, and how many answers wait for release.
      return sendJson(res, 200, { holding: [...holds], waiting: held.size });
    }

    if (path === "/__release" && method === "POST") {
      const released = held.size;
      for (const answer of [...held]) answer();
      return sendJson(res, 200, { released });
    }

    if (path === "/" && method === "GET") return sendHtml(res, 200, listPage(mails));

    const viewId = /^\/view\/([^/]+)$/.exec(path)?.[1];
    if (viewId && method === "GET") {
      const mail = mails.find((m) => m.id === decodeURIComponent(viewId));
      if (mail) return sendHtml(res, 200, viewPage(mail));
      return sendHtml(res, 404, layout("메일 없음", `<p><a href="/">← 메일함으로</a></p><div class="empty">메일을 찾을 수 없습니다. 이미 지워졌을 수 있습니다.</div>`));
    }

    throw new HttpError(404, "not_found", "The requested endpoint does not exist.");
  }

  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      if (res.headersSent) return res.destroy();
      if (err instanceof HttpError) {
        return sendJson(res, err.statusCode, { statusCode: err.statusCode, name: err.errorName, message: err.message });
      }
      console.error("mail outbox: unexpected error", err);
      sendJson(res, 500, { statusCode: 500, name: "application_error", message: "Internal server error." });
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, host, () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(":") ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}`,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.close((err) => (err ? reject(err) : resolveClose()));
        // Keep-alive sockets (the SDK uses fetch) would otherwise hold close() open.
        server.closeAllConnections();
      }),
    messages: () => structuredClone(mails),
    clear: () => {
      mails = [];
      deliveries = new Map();
      idempotent.clear();
      holds.clear();
      for (const answer of [...held]) answer();
    },
    setDown: (value) => {
      down = value;
    },
    failNext: (count, status = 503) => {
      failing = { count, status };
    },
    hold: (address) => {
      holds.add(bareAddress(address));
    },
    release: () => {
      for (const answer of [...held]) answer();
    },
  };
}

// ---------------------------------------------------------------------------
// `tsx scripts/stand-ins/mail-outbox.ts --port 8025`

if (isEntryPoint(import.meta.url)) {
  await runStandIn({
    usage: "mail-outbox.ts [--port 8025] [--host 127.0.0.1]",
    defaults: { port: "8025", host: "127.0.0.1" },
    start: (v) => startMailOutbox({ port: Number(v.port), host: v.host }),
    banner: (outbox) => `mail outbox listening on ${outbox.url}`,
  });
}
