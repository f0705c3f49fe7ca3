import { describe, expect, it } from "vitest";
import type { CheckoutFlowResult, CheckoutRunResult, StepExchange } from "./checkout-flows.ts";
import { checkoutTable, checkoutTargets, summariseCheckout, type OrderRow, type PaymentRow, type ProductRow } from "./report-checkout.ts";

const ex = (step: StepExchange["step"], ms: number, status: number | null, code?: string): StepExchange => ({ step, at: 0, ms, status, ...(code ? { code } : {}) });
/** A tab's requests from the order to the confirm, all answered. */
const paidTab = (ms = 10): StepExchange[] => [ex("order", ms, 201), ex("pay page", ms, 200), ex("window", ms, 303), ex("success page", ms, 200), ex("confirm", ms, 200)];

/**
 * Three members, one product of 2 pieces: m0 (cart) pays o1; m1 races its coupon in two tabs,
 * one pays o2 with it and the other is told COUPON_UNAVAILABLE; m2 is told OUT_OF_STOCK.
 */
function checkout(overrides: { flows?: CheckoutFlowResult[]; products?: ProductRow[]; orders?: OrderRow[]; payments?: PaymentRow[] } = {}) {
  const flows: CheckoutFlowResult[] = overrides.flows ?? [
    { member: 0, exchanges: [ex("cart", 5, 200), ...paidTab(10)], tabs: [{ outcome: "paid", orderId: "o1" }] },
    { member: 1, exchanges: [...paidTab(20), ex("order", 30, 409, "COUPON_UNAVAILABLE")], tabs: [{ outcome: "paid", orderId: "o2" }, { outcome: "refused", code: "COUPON_UNAVAILABLE" }] },
    { member: 2, exchanges: [ex("order", 40, 409, "OUT_OF_STOCK")], tabs: [{ outcome: "refused", code: "OUT_OF_STOCK" }] },
  ];
  const run: CheckoutRunResult = { durationMs: 2_000, flows };
  return summariseCheckout({
    run,
    couponHolders: 1,
    products: overrides.products ?? [{ id: 1, initialStock: 2, stock: 0, paidQuantity: 2, pendingQuantity: 0 }],
    orders: overrides.orders ?? [
      { id: "o1", status: "PAID", couponId: null },
      { id: "o2", status: "PAID", couponId: "c1" },
    ],
    payments: overrides.payments ?? [
      { orderId: "o1", status: "DONE" },
      { orderId: "o2", status: "DONE" },
    ],
  });
}

describe("the checkout scenario's figures", () => {
  it("counts orders, refusals, pieces and checkouts per second, and each step's answers", () => {
    const s = checkout();
    expect(s.orders).toEqual({ attempted: 4, placed: 2, paid: 2, refusals: { COUPON_UNAVAILABLE: 1, OUT_OF_STOCK: 1 } });
    expect(s.pieces).toEqual({ initial: 2, sold: 2, left: 0 });
    expect(s).toMatchObject({ members: 3, couponHolders: 1, durationSeconds: 2, checkoutsPerSecond: 1, ordersPerSecond: 2, serverErrors: 0, unanswered: 0, unfinished: 0 });
    expect(s.steps.order).toEqual({ count: 4, p50: 20, p99: 40, statuses: { 201: 2, 409: 2 } });
    expect(s.steps.cart).toMatchObject({ count: 1, statuses: { 200: 1 } });
    expect(s.steps.confirm).toMatchObject({ count: 2, p99: 20 });
    expect(s.correctness).toEqual({ oversold: 0, doubleRedeemed: 0, chargedWithoutOrder: 0, paidWithoutCharge: 0, stockMismatch: 0 });
    expect(checkoutTargets(s).map((t) => t.pass)).toEqual([true, true, true]);
    expect(checkoutTable(s, "test")).toContain("| refused (cart or order answer) | COUPON_UNAVAILABLE×1 OUT_OF_STOCK×1 |");
  });

  it("finds pieces sold beyond the stock, stock below zero, and stock that does not add up", () => {
    const s = checkout({ products: [{ id: 1, initialStock: 2, stock: -1, paidQuantity: 3, pendingQuantity: 0 }] });
    expect(s.correctness).toMatchObject({ oversold: 2, stockMismatch: 0 });
    const lost = checkout({ products: [{ id: 1, initialStock: 5, stock: 1, paidQuantity: 2, pendingQuantity: 1 }] });
    expect(lost.correctness).toMatchObject({ oversold: 0, stockMismatch: 1 });
    expect(checkoutTargets(s)[0]).toMatchObject({ value: "2 + 0 + 0", pass: false });
  });

  it("finds a coupon that paid for two orders", () => {
    const s = checkout({ orders: [{ id: "o1", status: "PAID", couponId: "c1" }, { id: "o2", status: "PAID", couponId: "c1" }, { id: "o3", status: "CANCELED", couponId: "c1" }] });
    expect(s.correctness.doubleRedeemed).toBe(1);
  });

  it("finds money taken for an order that is not PAID, and a PAID order without the money; an order left unpaid is unfinished", () => {
    const s = checkout({
      orders: [{ id: "o1", status: "PAID", couponId: null }, { id: "o2", status: "PENDING_PAYMENT", couponId: "c1" }, { id: "o3", status: "PAID", couponId: null }],
      payments: [{ orderId: "o1", status: "DONE" }, { orderId: "o2", status: "DONE" }, { orderId: "o4", status: "READY" }],
    });
    expect(s.correctness).toMatchObject({ chargedWithoutOrder: 1, paidWithoutCharge: 1 });
    expect(s.unfinished).toBe(1);
    expect(checkoutTargets(s).map((t) => t.pass)).toEqual([false, false, true]);
  });

  it("counts 5xx answers and requests without an answer", () => {
    const flows: CheckoutFlowResult[] = [
      { member: 0, exchanges: [ex("order", 10, 503)], tabs: [{ outcome: "refused", code: "503" }] },
      { member: 1, exchanges: [ex("order", 10, 201), ex("pay page", 60_000, null)], tabs: [{ outcome: "stuck", step: "pay page", orderId: "o1" }] },
    ];
    const s = checkout({ flows, orders: [{ id: "o1", status: "PENDING_PAYMENT", couponId: null }], payments: [] });
    expect(s).toMatchObject({ serverErrors: 1, unanswered: 1, unfinished: 1 });
    expect(s.steps["pay page"]).toEqual({ count: 1, p50: 0, p99: 0, statuses: { none: 1 } });
    expect(checkoutTargets(s)[2]).toMatchObject({ value: "1, 1", pass: false });
  });
});
