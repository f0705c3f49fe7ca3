import vm from "node:vm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTossPayments, type TossPayments } from "./toss-payments.ts";

const CLIENT_KEY = "test_ck_local";
const SECRET_KEY = "test_sk_local";
const AUTH = `Basic ${Buffer.from(`${SECRET_KEY}:`).toString("base64")}`;
const SHOP = "http://localhost:3000";

let toss: TossPayments;

beforeAll(async () => {
  toss = await startTossPayments({ port: 0, clientKey: CLIENT_KEY, secretKey: SECRET_KEY });
});
afterEach(() => toss.reset());
afterAll(() => toss.close());

let orderSeq = 0;
const newOrderId = () => `order-${Date.now()}-${++orderSeq}`;

function windowParams(orderId: string, amount = 32_000): Record<string, string> {
  return { clientKey: CLIENT_KEY, customerKey: "cmember0001", orderId, orderName: "달항아리 머그 외 1건", amount: String(amount), successUrl: `${SHOP}/checkout/success`, failUrl: `${SHOP}/checkout/fail` };
}

/** Opens the window and presses a button; answers where the window sends the shopper. */
async function press(action: "pay" | "cancel", params: Record<string, string>): Promise<URL> {
  const res = await fetch(`${toss.windowUrl}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...params, action }),
    redirect: "manual",
  });
  expect(res.status).toBe(303);
  return new URL(res.headers.get("location") ?? "");
}

function api(path: string, init: { method?: string; body?: unknown; key?: string; auth?: string } = {}) {
  return fetch(`${toss.url}${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: {
      authorization: init.auth ?? AUTH,
      "content-type": "application/json",
      ...(init.key ? { "idempotency-key": init.key } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

async function paid(amount = 32_000) {
  const orderId = newOrderId();
  const back = await press("pay", windowParams(orderId, amount));
  return { orderId, paymentKey: back.searchParams.get("paymentKey") ?? "", amount };
}

describe("toss payments stand-in: the payment window", () => {
  it("shows the order with a 결제하기 button, then sends the shopper to successUrl with paymentKey, orderId, amount", async () => {
    const orderId = newOrderId();
    const params = windowParams(orderId);
    const html = await (await fetch(`${toss.windowUrl}?${new URLSearchParams(params)}`)).text();
    expect(html).toMatch(/<button [^>]*>결제하기<\/button>/);
    expect(html).toContain("32,000원");
    expect(html).toContain("달항아리 머그 외 1건");

    const back = await press("pay", params);
    expect(`${back.origin}${back.pathname}`).toBe(`${SHOP}/checkout/success`);
    expect(back.searchParams.get("orderId")).toBe(orderId);
    expect(back.searchParams.get("amount")).toBe("32000");
    expect(back.searchParams.get("paymentKey")).toMatch(/^[A-Za-z0-9]{20,200}$/);
  });

  it("sends a cancelled window to failUrl with Toss's code and message", async () => {
    const orderId = newOrderId();
    const back = await press("cancel", windowParams(orderId));
    expect(`${back.origin}${back.pathname}`).toBe(`${SHOP}/checkout/fail`);
    expect(Object.fromEntries(back.searchParams)).toEqual({ code: "PAY_PROCESS_CANCELED", message: "사용자에 의해 결제가 취소되었습니다.", orderId });
  });

  it("refuses a wrong client key and malformed parameters", async () => {
    const wrongKey = await fetch(`${toss.windowUrl}?${new URLSearchParams({ ...windowParams(newOrderId()), clientKey: "someone" })}`);
    expect(wrongKey.status).toBe(400);
    const badOrder = await fetch(`${toss.windowUrl}?${new URLSearchParams({ ...windowParams("x"), amount: "-1" })}`);
    expect(badOrder.status).toBe(400);
  });
});

type Sdk = (clientKey: string) => { payment(options: { customerKey: string }): { requestPayment(request: unknown): Promise<unknown> } };

/** The SDK look-alike as a page runs it: its script evaluated against a window whose navigations are recorded. */
async function loadSdk(): Promise<{ TossPayments: Sdk; opened: string[] }> {
  const res = await fetch(toss.sdkUrl);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/javascript/);
  const opened: string[] = [];
  const window: { TossPayments?: Sdk; location: { assign(url: string): void } } = { location: { assign: (url) => void opened.push(url) } };
  vm.runInNewContext(await res.text(), { window, URL });
  return { TossPayments: window.TossPayments!, opened };
}

const cardRequest = (orderId: string, value = 32_000) => ({
  method: "CARD",
  amount: { currency: "KRW", value },
  orderId,
  orderName: "달항아리 머그 외 1건",
  successUrl: `${SHOP}/checkout/success`,
  failUrl: `${SHOP}/checkout/fail`,
  customerName: "도예가",
});

describe("toss payments stand-in: the JS SDK look-alike (GET /v2/standard)", () => {
  it("requestPayment opens the window with the request's fields, where 결제하기 pays that amount", async () => {
    const { TossPayments, opened } = await loadSdk();
    const orderId = newOrderId();
    void TossPayments(CLIENT_KEY).payment({ customerKey: "cmember0001" }).requestPayment(cardRequest(orderId));
    expect(opened).toHaveLength(1);
    const window = new URL(opened[0]!);
    expect(`${window.origin}${window.pathname}`).toBe(toss.windowUrl);
    expect(Object.fromEntries(window.searchParams)).toEqual({ ...windowParams(orderId), customerName: "도예가" });
    const html = await (await fetch(window)).text();
    expect(html).toContain("32,000원");
    expect(html).toContain("도예가");
    const back = await press("pay", Object.fromEntries(window.searchParams));
    expect(back.searchParams.get("amount")).toBe("32000");
  });

  it("refuses what Toss's SDK refuses: a bad customerKey throws, a card request of another currency or a fractional amount rejects with a code", async () => {
    const { TossPayments, opened } = await loadSdk();
    expect(() => TossPayments(CLIENT_KEY).payment({ customerKey: "a" })).toThrow(/customerKey/);
    expect(() => TossPayments("")).toThrow();
    const payment = TossPayments(CLIENT_KEY).payment({ customerKey: "cmember0001" });
    await expect(payment.requestPayment({ ...cardRequest(newOrderId()), amount: { currency: "USD", value: 10 } })).rejects.toMatchObject({ code: "INVALID_AMOUNT_VALUE" });
    await expect(payment.requestPayment(cardRequest(newOrderId(), 10.5))).rejects.toMatchObject({ code: "INVALID_AMOUNT_VALUE" });
    await expect(payment.requestPayment({ ...cardRequest(newOrderId()), method: "TRANSFER" })).rejects.toMatchObject({ code: "INVALID_METHOD" });
    expect(opened).toEqual([]);
  });
});

describe("toss payments stand-in: confirm", () => {
  it("charges once: a Payment object with status DONE, and the same Idempotency-Key gets the same answer", async () => {
    const { orderId, paymentKey } = await paid();
    const first = await api("/v1/payments/confirm", { body: { paymentKey, orderId, amount: 32_000 }, key: orderId });
    expect(first.status).toBe(200);
    const payment = (await first.json()) as Record<string, unknown>;
    expect(payment).toMatchObject({ paymentKey, orderId, status: "DONE", totalAmount: 32_000, balanceAmount: 32_000, method: "카드", currency: "KRW", type: "NORMAL", cancels: null });
    expect(payment.approvedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00$/);

    const replay = await api("/v1/payments/confirm", { body: { paymentKey, orderId, amount: 32_000 }, key: orderId });
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual(payment);

    const withoutKey = await api("/v1/payments/confirm", { body: { paymentKey, orderId, amount: 32_000 } });
    expect(withoutKey.status).toBe(400);
    expect(await withoutKey.json()).toEqual({ code: "ALREADY_PROCESSED_PAYMENT", message: "이미 처리된 결제 입니다." });
  });

  it("refuses a wrong secret key (401), an amount other than the window's, and an unknown paymentKey", async () => {
    const { orderId, paymentKey } = await paid();
    const wrongAuth = await api("/v1/payments/confirm", { body: { paymentKey, orderId, amount: 32_000 }, auth: `Basic ${Buffer.from("test_sk_other:").toString("base64")}` });
    expect(wrongAuth.status).toBe(401);
    expect(((await wrongAuth.json()) as { code: string }).code).toBe("UNAUTHORIZED_KEY");

    const tampered = await api("/v1/payments/confirm", { body: { paymentKey, orderId, amount: 100 } });
    expect(tampered.status).toBe(400);
    expect(((await tampered.json()) as { code: string }).code).toBe("INVALID_REQUEST");
    // Nothing was charged: the right amount still confirms.
    expect((await api("/v1/payments/confirm", { body: { paymentKey, orderId, amount: 32_000 } })).status).toBe(200);

    const unknown = await api("/v1/payments/confirm", { body: { paymentKey: "nope", orderId, amount: 32_000 } });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { code: string }).code).toBe("NOT_FOUND_PAYMENT_SESSION");
    expect((await api("/v1/payments/confirm", { body: { paymentKey } })).status).toBe(400);
  });

  it("declines the next confirm on `fail` (403 REJECT_CARD_PAYMENT), driven over HTTP", async () => {
    const { orderId, paymentKey } = await paid();
    const hook = await fetch(`${toss.url}/__next-confirm`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ mode: "fail" }) });
    expect(hook.status).toBe(200);
    const declined = await api("/v1/payments/confirm", { body: { paymentKey, orderId, amount: 32_000 }, key: orderId });
    expect(declined.status).toBe(403);
    expect(((await declined.json()) as { code: string }).code).toBe("REJECT_CARD_PAYMENT");
    expect((await api(`/v1/payments/${paymentKey}`)).status).toBe(200);
    expect(((await (await api(`/v1/payments/${paymentKey}`)).json()) as { status: string }).status).toBe("ABORTED");
  });

  it("on `error` fails inside the provider without charging, so the same key may try again", async () => {
    const { orderId, paymentKey } = await paid();
    toss.nextConfirm("error");
    const failed = await api("/v1/payments/confirm", { body: { paymentKey, orderId, amount: 32_000 }, key: orderId });
    expect(failed.status).toBe(500);
    expect(((await failed.json()) as { code: string }).code).toBe("FAILED_PAYMENT_INTERNAL_SYSTEM_PROCESSING");
    const retry = await api("/v1/payments/confirm", { body: { paymentKey, orderId, amount: 32_000 }, key: orderId });
    expect(retry.status).toBe(200);
  });

  it("on `timeout` charges but never answers; the payment is found by orderId and a retry with the key gets the answer", async () => {
    const { orderId, paymentKey } = await paid();
    toss.nextConfirm("timeout");
    const body = JSON.stringify({ paymentKey, orderId, amount: 32_000 });
    const headers = { authorization: AUTH, "content-type": "application/json", "idempotency-key": orderId };
    await expect(fetch(`${toss.url}/v1/payments/confirm`, { method: "POST", headers, body, signal: AbortSignal.timeout(500) })).rejects.toThrow(/aborted|timeout/i);

    const found = await api(`/v1/payments/orders/${orderId}`);
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({ paymentKey, orderId, status: "DONE" });
    const retry = await api("/v1/payments/confirm", { body: { paymentKey, orderId, amount: 32_000 }, key: orderId });
    expect(retry.status).toBe(200);
    expect(await retry.json()).toMatchObject({ paymentKey, status: "DONE" });
    expect(toss.payments().filter((p) => p.orderId === orderId)).toHaveLength(1);
  });

  it("finds nothing for an order that was never paid", async () => {
    const orderId = newOrderId();
    await press("pay", windowParams(orderId)); // window passed, never confirmed: not a payment yet
    const res = await api(`/v1/payments/orders/${orderId}`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ code: "NOT_FOUND_PAYMENT", message: "존재하지 않는 결제 정보 입니다." });
  });
});

describe("toss payments stand-in: cancel", () => {
  it("refunds a confirmed payment once (status CANCELED, cancels listed); again is ALREADY_CANCELED_PAYMENT", async () => {
    const { orderId, paymentKey } = await paid();
    await api("/v1/payments/confirm", { body: { paymentKey, orderId, amount: 32_000 } });
    const canceled = await api(`/v1/payments/${paymentKey}/cancel`, { body: { cancelReason: "구매자 변심" }, key: `cancel-${orderId}` });
    expect(canceled.status).toBe(200);
    const payment = (await canceled.json()) as { status: string; balanceAmount: number; cancels: { cancelAmount: number; cancelReason: string }[] };
    expect(payment).toMatchObject({ status: "CANCELED", balanceAmount: 0, cancels: [{ cancelAmount: 32_000, cancelReason: "구매자 변심", cancelStatus: "DONE" }] });

    const replay = await api(`/v1/payments/${paymentKey}/cancel`, { body: { cancelReason: "구매자 변심" }, key: `cancel-${orderId}` });
    expect(await replay.json()).toEqual(payment);
    const again = await api(`/v1/payments/${paymentKey}/cancel`, { body: { cancelReason: "구매자 변심" } });
    expect(again.status).toBe(400);
    expect(((await again.json()) as { code: string }).code).toBe("ALREADY_CANCELED_PAYMENT");
  });

  it("refuses to cancel an unconfirmed or unknown payment, and a request without a reason", async () => {
    const { paymentKey } = await paid();
    expect((await api(`/v1/payments/${paymentKey}/cancel`, { body: { cancelReason: "x" } })).status).toBe(404);
    expect((await api("/v1/payments/unknown/cancel", { body: { cancelReason: "x" } })).status).toBe(404);
    expect((await api(`/v1/payments/${paymentKey}/cancel`, { body: {} })).status).toBe(400);
  });
});
