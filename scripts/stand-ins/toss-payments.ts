/**
 * Local stand-in for Toss Payments (the payment window and api.tosspayments.com/v1/payments).
 *
 * The flow it plays, as Toss documents it:
 * 1. the shop's page loads Toss's JS SDK (here `GET /v2/standard`, a look-alike of
 *    js.tosspayments.com/v2/standard) and calls
 *    `TossPayments(clientKey).payment({customerKey}).requestPayment({method: "CARD", amount:
 *    {currency: "KRW", value}, orderId, orderName, successUrl, failUrl, customerName?,
 *    customerEmail?})`; Toss's SDK opens its window, this one navigates to the window page
 *    (`/v1/payment-window`) with those fields in its address;
 * 2. the shopper presses 결제하기: the window redirects (303) to successUrl with `paymentKey`,
 *    `orderId` and `amount`, or to failUrl with `code`, `message` and `orderId`;
 * 3. the shop's server confirms: `POST /v1/payments/confirm {paymentKey, orderId, amount}` with
 *    `Authorization: Basic base64(secretKey + ":")`. Only then is the shopper charged. The same
 *    `Idempotency-Key` always gets the first answer again (a retry never charges twice);
 * 4. `POST /v1/payments/{paymentKey}/cancel {cancelReason, cancelAmount?}` refunds;
 *    `GET /v1/payments/{paymentKey}` and `GET /v1/payments/orders/{orderId}` look a payment up.
 * Answers are Toss's Payment object; errors are `{code, message}` with Toss's codes.
 *
 * Test hooks: `POST /__next-confirm {mode}` makes the next confirm decline ("fail"), fail inside
 * the provider ("error", nothing charged) or charge and never answer ("timeout": the shop's
 * deadline passes, the payment is DONE; a lookup by orderId or a retry with the same key finds it).
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { type AddressInfo } from "node:net";
import { z } from "zod";
import { isEntryPoint, runStandIn } from "./command-line.ts";

export type ConfirmMode = "fail" | "error" | "timeout";

export interface TossPaymentsOptions {
  port?: number;
  host?: string;
  clientKey: string;
  secretKey: string;
}

/** A payment as Toss's Payment object describes it (the fields a card payment fills). */
export type TossPayment = ReturnType<typeof paymentObject>;

export interface TossPayments {
  url: string;
  /** The SDK look-alike the shop's payment page loads (TOSS_SDK_URL). */
  sdkUrl: string;
  /** The window page the SDK opens (and the form its 결제하기 posts to). */
  windowUrl: string;
  close(): Promise<void>;
  /** The next confirm fails this way (once). */
  nextConfirm(mode: ConfirmMode | "none"): void;
  /** Every payment the window started, newest first. */
  payments(): TossPayment[];
  reset(): void;
}

type Status = "READY" | "DONE" | "CANCELED" | "PARTIAL_CANCELED" | "ABORTED";
type Cancel = { cancelAmount: number; cancelReason: string; canceledAt: string; transactionKey: string; cancelStatus: "DONE" };
type Payment = {
  paymentKey: string;
  orderId: string;
  orderName: string;
  totalAmount: number;
  balanceAmount: number;
  status: Status;
  requestedAt: Date;
  approvedAt: Date | null;
  cancels: Cancel[];
  lastTransactionKey: string | null;
};
/** `hang`: the provider did the work but its answer never leaves (the "timeout" hook). */
type Answer = { status: number; body: unknown; hang?: boolean };

const MAX_BODY_BYTES = 64 * 1024;
/** Toss keeps an idempotency key's answer for 15 days; a test run is shorter. */
const IDEMPOTENCY_TTL_MS = 15 * 24 * 3_600_000;
/** Toss's orderId rule: 6–64 characters of letters, digits, - and _. */
const ORDER_ID = /^[A-Za-z0-9_-]{6,64}$/;
/** Toss's customerKey rule: 2–50 characters of letters, digits, -, _, =, . and @ (or its ANONYMOUS). */
const CUSTOMER_KEY = /^[A-Za-z0-9_=.@-]{2,50}$/;
const ANONYMOUS = "@@ANONYMOUS";

// Toss's error codes and messages (docs.tosspayments.com/reference/error-codes).
const ERRORS = {
  UNAUTHORIZED_KEY: { status: 401, message: "인증되지 않은 시크릿 키 혹은 클라이언트 키 입니다." },
  INVALID_REQUEST: { status: 400, message: "잘못된 요청입니다." },
  ALREADY_PROCESSED_PAYMENT: { status: 400, message: "이미 처리된 결제 입니다." },
  ALREADY_CANCELED_PAYMENT: { status: 400, message: "이미 취소된 결제 입니다." },
  NOT_CANCELABLE_PAYMENT: { status: 403, message: "취소 할 수 없는 결제 입니다." },
  REJECT_CARD_PAYMENT: { status: 403, message: "한도초과 혹은 잔액부족으로 결제에 실패했습니다." },
  NOT_FOUND_PAYMENT: { status: 404, message: "존재하지 않는 결제 정보 입니다." },
  NOT_FOUND_PAYMENT_SESSION: { status: 404, message: "결제 시간이 만료되어 결제 진행 데이터가 존재하지 않습니다." },
  FAILED_PAYMENT_INTERNAL_SYSTEM_PROCESSING: { status: 500, message: "결제가 완료되지 않았어요. 다시 시도해주세요." },
} as const;
type ErrorCode = keyof typeof ERRORS;

const fail = (code: ErrorCode, message?: string): Answer => ({ status: ERRORS[code].status, body: { code, message: message ?? ERRORS[code].message } });

const windowSchema = z.object({
  clientKey: z.string().min(1),
  orderId: z.string().regex(ORDER_ID),
  orderName: z.string().min(1).max(100),
  amount: z.coerce.number().int().positive().max(100_000_000),
  successUrl: z.url({ protocol: /^https?$/ }),
  failUrl: z.url({ protocol: /^https?$/ }),
  customerKey: z.union([z.string().regex(CUSTOMER_KEY), z.literal(ANONYMOUS)]),
  customerName: z.string().max(100).optional(),
  customerEmail: z.email().max(100).optional(),
});
type WindowParams = z.infer<typeof windowSchema>;

const confirmSchema = z.object({ paymentKey: z.string().min(1).max(200), orderId: z.string().regex(ORDER_ID), amount: z.number().int().positive() });
const cancelSchema = z.object({ cancelReason: z.string().min(1).max(200), cancelAmount: z.number().int().positive().optional() });
const nextConfirmSchema = z.object({ mode: z.enum(["fail", "error", "timeout", "none"]) });

/** "2024-02-13T12:18:14+09:00": Toss writes times in Korea's offset. */
function kst(date: Date): string {
  return `${new Date(date.getTime() + 9 * 3_600_000).toISOString().slice(0, 19)}+09:00`;
}

const randomKey = (bytes: number) => randomBytes(bytes).toString("base64url").replace(/[-_]/g, "0");

function paymentObject(p: Payment, base: string) {
  const vat = Math.round(p.balanceAmount / 11);
  return {
    mId: "tosspayments-local",
    version: "2022-11-16",
    paymentKey: p.paymentKey,
    type: "NORMAL",
    orderId: p.orderId,
    orderName: p.orderName,
    currency: "KRW",
    method: "카드",
    totalAmount: p.totalAmount,
    balanceAmount: p.balanceAmount,
    suppliedAmount: p.balanceAmount - vat,
    vat,
    taxFreeAmount: 0,
    taxExemptionAmount: 0,
    status: p.status,
    requestedAt: kst(p.requestedAt),
    approvedAt: p.approvedAt && kst(p.approvedAt),
    useEscrow: false,
    cultureExpense: false,
    isPartialCancelable: true,
    lastTransactionKey: p.lastTransactionKey,
    card: { issuerCode: "61", acquirerCode: "31", number: "43301234****123*", installmentPlanMonths: 0, isInterestFree: false, approveNo: "00000000", cardType: "신용", ownerType: "개인", acquireStatus: "READY", amount: p.totalAmount },
    virtualAccount: null,
    transfer: null,
    mobilePhone: null,
    giftCertificate: null,
    cashReceipt: null,
    discount: null,
    easyPay: null,
    country: "KR",
    failure: p.status === "ABORTED" ? { code: "REJECT_CARD_PAYMENT", message: ERRORS.REJECT_CARD_PAYMENT.message } : null,
    cancels: p.cancels.length ? p.cancels : null,
    receipt: { url: `${base}/receipt/${p.paymentKey}` },
    checkout: { url: `${base}/v1/payment-window` },
  };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>
  body{margin:0;background:#f2f4f6;color:#191f28;font-family:system-ui,"Apple SD Gothic Neo","Malgun Gothic",sans-serif}
  main{max-width:420px;margin:48px auto;padding:28px;background:#fff;border-radius:20px;box-shadow:0 2px 12px rgba(0,0,0,.06)}
  .brand{color:#3182f6;font-weight:800} h1{font-size:1.3rem;margin:8px 0 20px} dl{display:grid;grid-template-columns:5rem 1fr;gap:8px;margin:0 0 24px}
  dt{color:#6b7684} dd{margin:0;font-weight:600} .amount{font-size:1.5rem}
  button{width:100%;border:0;border-radius:14px;padding:15px;font-size:1rem;font-weight:700;cursor:pointer;margin-top:8px;font-family:inherit}
  .pay{background:#3182f6;color:#fff} .cancel{background:#f2f4f6;color:#4e5968} p.note{color:#8b95a1;font-size:.85rem}
</style></head><body><main>${body}</main></body></html>`;
}

function windowPage(params: WindowParams): string {
  const hidden = Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `<input type="hidden" name="${k}" value="${escapeHtml(String(v))}">`)
    .join("");
  return page(
    "토스페이먼츠 결제",
    `<div class="brand">toss payments</div><h1>결제 정보를 확인해 주세요</h1>
    <dl><dt>주문</dt><dd>${escapeHtml(params.orderName)}</dd><dt>결제 금액</dt><dd class="amount">${params.amount.toLocaleString("ko-KR")}원</dd><dt>결제 수단</dt><dd>카드 (테스트)</dd>${params.customerName ? `<dt>구매자</dt><dd>${escapeHtml(params.customerName)}</dd>` : ""}</dl>
    <form method="post" action="/v1/payment-window">${hidden}
      <button class="pay" name="action" value="pay">결제하기</button>
      <button class="cancel" name="action" value="cancel">결제 취소</button>
    </form><p class="note">로컬 결제 대행 화면입니다. 실제로 결제되지 않아요.</p>`,
  );
}

/**
 * The SDK look-alike: what the shop's page calls, checked as Toss's SDK checks it (a bad call
 * rejects with `{code, message}`, as Toss's does), then the window page in this tab. Like Toss's
 * window, it ends at successUrl or failUrl, so requestPayment's promise never settles.
 */
function sdkScript(windowUrl: string): string {
  return `"use strict";
(function () {
  var WINDOW = ${JSON.stringify(windowUrl)};
  var CUSTOMER_KEY = ${CUSTOMER_KEY.toString()};
  var ANONYMOUS = ${JSON.stringify(ANONYMOUS)};
  function failure(code, message) {
    var error = new Error(message);
    error.code = code;
    return error;
  }
  function TossPayments(clientKey) {
    if (typeof clientKey !== "string" || !clientKey) throw failure("INVALID_CLIENT_KEY", "클라이언트 키가 올바르지 않습니다.");
    return {
      payment: function (options) {
        var customerKey = options && options.customerKey;
        if (customerKey !== ANONYMOUS && !(typeof customerKey === "string" && CUSTOMER_KEY.test(customerKey))) {
          throw failure("INVALID_CUSTOMER_KEY", "customerKey는 영문 대소문자, 숫자, 특수문자 -, _, =, ., @로 이루어진 2자 이상 50자 이하의 문자열이어야 합니다.");
        }
        return {
          requestPayment: function (request) {
            return new Promise(function (resolve, reject) {
              var r = request || {};
              var amount = r.amount || {};
              if (r.method !== "CARD") return reject(failure("INVALID_METHOD", "로컬 결제창은 카드(CARD) 결제만 지원합니다."));
              if (amount.currency !== "KRW" || !Number.isInteger(amount.value) || amount.value <= 0) return reject(failure("INVALID_AMOUNT_VALUE", "결제 금액이 올바르지 않습니다."));
              var fields = { clientKey: clientKey, customerKey: customerKey, orderId: r.orderId, orderName: r.orderName, amount: amount.value, successUrl: r.successUrl, failUrl: r.failUrl, customerName: r.customerName, customerEmail: r.customerEmail };
              var url = new URL(WINDOW);
              Object.keys(fields).forEach(function (name) {
                if (fields[name] !== undefined && fields[name] !== null) url.searchParams.set(name, String(fields[name]));
              });
              window.location.assign(url.href);
            });
          },
        };
      },
    };
  }
  TossPayments.ANONYMOUS = ANONYMOUS;
  window.TossPayments = TossPayments;
})();
`;
}

function withQuery(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.href;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error("request body too large");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, status: number, body: unknown, type = "application/json"): void {
  res.writeHead(status, { "content-type": `${type}; charset=utf-8`, "cache-control": "no-store" });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
}

export async function startTossPayments(opts: TossPaymentsOptions): Promise<TossPayments> {
  const host = opts.host ?? "127.0.0.1";
  const authorization = `Basic ${Buffer.from(`${opts.secretKey}:`).toString("base64")}`;
  const byKey = new Map<string, Payment>();
  /** Idempotency-Key → the first answer. (Work here is synchronous: no key is ever "in progress".) */
  const answered = new Map<string, { answer: Answer; at: number }>();
  let next: ConfirmMode | null = null;
  let base = "";

  const byOrder = (orderId: string) => [...byKey.values()].reverse().find((p) => p.orderId === orderId && p.status !== "READY");
  const ok = (p: Payment): Answer => ({ status: 200, body: paymentObject(p, base) });

  function confirm(input: z.infer<typeof confirmSchema>): Answer {
    const p = byKey.get(input.paymentKey);
    if (!p || p.orderId !== input.orderId) return fail("NOT_FOUND_PAYMENT_SESSION");
    if (p.status !== "READY") return fail("ALREADY_PROCESSED_PAYMENT");
    if (p.totalAmount !== input.amount) return fail("INVALID_REQUEST", "결제 금액이 결제창에서 요청한 금액과 일치하지 않습니다.");
    const mode = next;
    next = null;
    if (mode === "error") return fail("FAILED_PAYMENT_INTERNAL_SYSTEM_PROCESSING");
    if (mode === "fail") {
      p.status = "ABORTED";
      return fail("REJECT_CARD_PAYMENT");
    }
    p.status = "DONE";
    p.approvedAt = new Date();
    p.lastTransactionKey = randomKey(16);
    return { ...ok(p), hang: mode === "timeout" };
  }

  function cancel(p: Payment, input: z.infer<typeof cancelSchema>): Answer {
    if (p.status === "CANCELED") return fail("ALREADY_CANCELED_PAYMENT");
    if (p.status !== "DONE" && p.status !== "PARTIAL_CANCELED") return fail("NOT_CANCELABLE_PAYMENT");
    const amount = input.cancelAmount ?? p.balanceAmount;
    if (amount > p.balanceAmount) return fail("INVALID_REQUEST", "취소 금액이 취소 가능한 금액보다 큽니다.");
    p.cancels.push({ cancelAmount: amount, cancelReason: input.cancelReason, canceledAt: kst(new Date()), transactionKey: randomKey(16), cancelStatus: "DONE" });
    p.balanceAmount -= amount;
    p.status = p.balanceAmount === 0 ? "CANCELED" : "PARTIAL_CANCELED";
    return ok(p);
  }

  /** Runs `work` once per Idempotency-Key; the same key gets the first answer again. */
  async function idempotent(req: IncomingMessage, res: ServerResponse, work: () => Answer): Promise<void> {
    const key = req.headers["idempotency-key"];
    if (typeof key === "string" && key.length > 300) return reply(res, fail("INVALID_REQUEST", "멱등키는 300자 이하여야 합니다."));
    const seen = typeof key === "string" ? answered.get(key) : undefined;
    if (seen && Date.now() - seen.at < IDEMPOTENCY_TTL_MS) return reply(res, seen.answer);
    const { hang, ...result } = work();
    // A provider failure (5xx) did nothing: the same key may try again.
    if (typeof key === "string" && result.status < 500) answered.set(key, { answer: result, at: Date.now() });
    // Charged, but the answer never leaves: the socket stays open until the client gives up or
    // close() ends it; the shop must look the payment up by orderId (or retry with the key).
    if (!hang) reply(res, result);
  }

  const reply = (res: ServerResponse, answer: Answer) => send(res, answer.status, answer.body);

  async function readJson<S extends z.ZodType>(req: IncomingMessage, schema: S): Promise<z.infer<S> | null> {
    try {
      const parsed = schema.safeParse(JSON.parse((await readBody(req)) || "{}"));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async function paymentWindow(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const raw = req.method === "POST" ? Object.fromEntries(new URLSearchParams(await readBody(req))) : Object.fromEntries(url.searchParams);
    const parsed = windowSchema.safeParse(raw);
    if (!parsed.success || parsed.data.clientKey !== opts.clientKey) {
      const why = parsed.success ? "클라이언트 키가 올바르지 않습니다." : z.prettifyError(parsed.error);
      return send(res, 400, page("결제 오류", `<div class="brand">toss payments</div><h1>잘못된 결제 요청입니다</h1><p class="note">${escapeHtml(why)}</p>`), "text/html");
    }
    const params = parsed.data;
    if (req.method === "GET") return send(res, 200, windowPage(params), "text/html");
    if (raw.action !== "pay") {
      res.writeHead(303, { location: withQuery(params.failUrl, { code: "PAY_PROCESS_CANCELED", message: "사용자에 의해 결제가 취소되었습니다.", orderId: params.orderId }) });
      return void res.end();
    }
    const payment: Payment = {
      paymentKey: `tlocal${randomKey(30)}`.slice(0, 40),
      orderId: params.orderId,
      orderName: params.orderName,
      totalAmount: params.amount,
      balanceAmount: params.amount,
      status: "READY",
      requestedAt: new Date(),
      approvedAt: null,
      cancels: [],
      lastTransactionKey: null,
    };
    byKey.set(payment.paymentKey, payment);
    res.writeHead(303, { location: withQuery(params.successUrl, { paymentKey: payment.paymentKey, orderId: payment.orderId, amount: String(payment.totalAmount) }) });
    res.end();
  }

  async function api(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.headers.authorization !== authorization) return reply(res, fail("UNAUTHORIZED_KEY"));
    const method = req.method ?? "GET";
    if (path === "/v1/payments/confirm" && method === "POST") {
      const input = await readJson(req, confirmSchema);
      if (!input) return reply(res, fail("INVALID_REQUEST"));
      return idempotent(req, res, () => confirm(input));
    }
    const orderMatch = /^\/v1\/payments\/orders\/([^/]+)$/.exec(path);
    if (orderMatch && method === "GET") {
      const p = byOrder(decodeURIComponent(orderMatch[1]!));
      return reply(res, p ? ok(p) : fail("NOT_FOUND_PAYMENT"));
    }
    const cancelMatch = /^\/v1\/payments\/([^/]+)\/cancel$/.exec(path);
    if (cancelMatch && method === "POST") {
      const input = await readJson(req, cancelSchema);
      if (!input) return reply(res, fail("INVALID_REQUEST"));
      const p = byKey.get(decodeURIComponent(cancelMatch[1]!));
      return idempotent(req, res, () => (p && p.status !== "READY" ? cancel(p, input) : fail("NOT_FOUND_PAYMENT")));
    }
    const keyMatch = /^\/v1\/payments\/([^/]+)$/.exec(path);
    if (keyMatch && method === "GET") {
      const p = byKey.get(decodeURIComponent(keyMatch[1]!));
      return reply(res, p && p.status !== "READY" ? ok(p) : fail("NOT_FOUND_PAYMENT"));
    }
    return send(res, 404, { code: "NOT_FOUND", message: "존재하지 않는 API입니다." });
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://toss.invalid");
    const path = url.pathname.replace(/\/+$/, "") || "/";
    if (path === "/v2/standard" && req.method === "GET") return send(res, 200, sdkScript(`${base}/v1/payment-window`), "text/javascript");
    if (path === "/v1/payment-window" && (req.method === "GET" || req.method === "POST")) return paymentWindow(req, res, url);
    if (path === "/__next-confirm" && req.method === "POST") {
      const input = await readJson(req, nextConfirmSchema);
      if (!input) return send(res, 400, { code: "INVALID_REQUEST", message: 'mode는 "fail", "error", "timeout", "none" 중 하나예요.' });
      handle.nextConfirm(input.mode);
      return send(res, 200, { ok: true });
    }
    if (path === "/__payments" && req.method === "GET") return send(res, 200, handle.payments());
    if (path.startsWith("/v1/")) return api(req, res, path);
    return send(res, 404, { code: "NOT_FOUND", message: "존재하지 않는 주소입니다." });
  }

  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      if (res.headersSent) return res.destroy();
      console.error("toss payments: unexpected error", err);
      reply(res, fail("FAILED_PAYMENT_INTERNAL_SYSTEM_PROCESSING"));
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, host, () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  base = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;

  const handle: TossPayments = {
    url: base,
    sdkUrl: `${base}/v2/standard`,
    windowUrl: `${base}/v1/payment-window`,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.close((err) => (err ? reject(err) : resolveClose()));
        server.closeAllConnections(); // also ends confirms parked by "timeout"
      }),
    nextConfirm: (mode) => {
      next = mode === "none" ? null : mode;
    },
    payments: () => [...byKey.values()].reverse().map((p) => paymentObject(p, base)),
    reset: () => {
      byKey.clear();
      answered.clear();
      next = null;
    },
  };
  return handle;
}

// ---------------------------------------------------------------------------
// `tsx scripts/stand-ins/toss-payments.ts --port 8070 --client-key <ck> --secret-key <sk>`

if (isEntryPoint(import.meta.url)) {
  await runStandIn({
    usage: "toss-payments.ts --port 8070 --client-key <ck> --secret-key <sk> (or TOSS_CLIENT_KEY / TOSS_SECRET_KEY)",
    defaults: { port: "8070", host: "127.0.0.1", "client-key": process.env.TOSS_CLIENT_KEY, "secret-key": process.env.TOSS_SECRET_KEY },
    start: (v) => startTossPayments({ port: Number(v.port), host: v.host, clientKey: v["client-key"], secretKey: v["secret-key"] }),
    banner: (toss) => `toss payments listening on ${toss.url} (SDK ${toss.sdkUrl})`,
  });
}
