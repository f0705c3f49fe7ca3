import "server-only";
import { env } from "@/lib/env";

// Toss Payments, the one place the app talks to it (docs.tosspayments.com, API version
// 2022-11-16): what the payment page hands Toss's JS SDK, and the server's confirm, cancel and
// look-up. Locally TOSS_API_URL and TOSS_SDK_URL point at the stand-in
// (scripts/stand-ins/toss-payments.ts); nothing here knows which.

/** The part of Toss's Payment object the shop reads. */
export type TossPayment = {
  paymentKey: string;
  orderId: string;
  status: "READY" | "IN_PROGRESS" | "WAITING_FOR_DEPOSIT" | "DONE" | "CANCELED" | "PARTIAL_CANCELED" | "ABORTED" | "EXPIRED";
  totalAmount: number;
  balanceAmount: number;
  method: string | null;
  approvedAt: string | null;
};

/** How a call to Toss ended when it did not answer a Payment. */
export type TossOutcome =
  | { ok: true; payment: TossPayment }
  /** Toss answered no (`code`, `message` as Toss wrote them): nothing happened. */
  | { ok: false; kind: "refused"; status: number; code: string; message: string }
  /** No answer, or Toss's own failure: whether it happened is unknown until looked up. */
  | { ok: false; kind: "unknown"; reason: string };

/** Long enough for a card approval, short enough that a shopper is not left waiting. */
const TIMEOUT_MS = 10_000;

/** Toss's API takes the secret key as the Basic user name with an empty password. */
const authorization = `Basic ${Buffer.from(`${env.TOSS_SECRET_KEY}:`).toString("base64")}`;

async function call(method: "GET" | "POST", path: string, opts: { body?: unknown; idempotencyKey?: string; timeoutMs?: number } = {}): Promise<TossOutcome> {
  let response: Response;
  try {
    response = await fetch(new URL(path, env.TOSS_API_URL), {
      method,
      headers: {
        Authorization: authorization,
        ...(opts.body === undefined ? {} : { "Content-Type": "application/json" }),
        ...(opts.idempotencyKey ? { "Idempotency-Key": opts.idempotencyKey } : {}),
      },
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: AbortSignal.timeout(opts.timeoutMs ?? TIMEOUT_MS),
    });
  } catch (error) {
    return { ok: false, kind: "unknown", reason: (error as Error).name };
  }
  const data = (await response.json().catch(() => null)) as (TossPayment & { code?: string; message?: string }) | null;
  if (response.ok && data?.paymentKey) return { ok: true, payment: data };
  if (response.status >= 500 || !data?.code) return { ok: false, kind: "unknown", reason: `HTTP ${response.status}` };
  return { ok: false, kind: "refused", status: response.status, code: data.code, message: data.message ?? data.code };
}

/** Our page that opens Toss's payment window for an order (app/checkout/pay). */
export const PAYMENT_PAGE_PATH = "/checkout/pay";

/** Where a shopper goes to pay an order: the payment page, which reads the order itself. */
export function paymentPageUrl(orderId: string): string {
  const url = new URL(PAYMENT_PAGE_PATH, env.AUTH_URL);
  url.searchParams.set("orderId", orderId);
  return url.href;
}

/**
 * What the payment page hands Toss's SDK (v2 "standard"), as Toss documents it:
 * `TossPayments(clientKey).payment({ customerKey }).requestPayment(request)`.
 */
export type PaymentWindow = {
  sdkUrl: string;
  clientKey: string;
  customerKey: string;
  request: {
    method: "CARD";
    amount: { currency: "KRW"; value: number };
    orderId: string;
    orderName: string;
    successUrl: string;
    failUrl: string;
    customerName?: string;
    customerEmail?: string;
  };
};

/**
 * The payment window of an order, from the order as the database has it (the amount is never
 * taken from a URL). customerKey is the member's id: Toss asks for a stable, unguessable id per
 * buyer (2–50 characters; a cuid), never an email or a sequence.
 */
export function paymentWindow(order: { id: string; name: string; total: number }, customer: { id: string; nickname: string; email: string | null }): PaymentWindow {
  const back = (path: string) => new URL(path, env.AUTH_URL).href;
  return {
    sdkUrl: env.TOSS_SDK_URL,
    clientKey: env.TOSS_CLIENT_KEY,
    customerKey: customer.id,
    request: {
      method: "CARD",
      amount: { currency: "KRW", value: order.total },
      orderId: order.id,
      orderName: order.name,
      successUrl: back("/checkout/success"),
      failUrl: back("/checkout/fail"),
      ...(customer.nickname ? { customerName: customer.nickname.slice(0, 100) } : {}),
      ...(customer.email ? { customerEmail: customer.email } : {}),
    },
  };
}

/**
 * Charges the shopper: Toss's confirm. The order id is the Idempotency-Key, so a retry (a second
 * tab, a reload, a reconciliation) gets the first answer again and never charges twice.
 */
export function confirmPayment(input: { paymentKey: string; orderId: string; amount: number }): Promise<TossOutcome> {
  return call("POST", "/v1/payments/confirm", { body: input, idempotencyKey: input.orderId });
}

/** Refunds the whole payment. Keyed by the payment, so a repeated cancel refunds once. */
export function cancelPayment(paymentKey: string, cancelReason: string): Promise<TossOutcome> {
  return call("POST", `/v1/payments/${encodeURIComponent(paymentKey)}/cancel`, { body: { cancelReason }, idempotencyKey: `cancel-${paymentKey}` });
}

/** The payment Toss holds for an order (to settle a confirm whose answer never reached us). */
export function paymentOfOrder(orderId: string): Promise<TossOutcome> {
  return call("GET", `/v1/payments/orders/${encodeURIComponent(orderId)}`);
}
