// Cart, order and payment through the balancer, with the Toss Payments stand-in as the provider:
// every amount is the server's, a tampered success URL charges nothing, a confirm replays, other
// members' orders do not exist, and one coupon pays for one order however many checkouts race.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearRateLimits, closeData, count, sql } from "../support/data";
import type { AppClient } from "../support/client";
import { claim, createEvent, marketerClient } from "../support/coupon-events";
import { testEnv } from "../support/env";
import { createMembers, type TestMember } from "../support/members";
import { payInWindow } from "../../scripts/test/toss-window";

/** Seeded products these tests buy, restocked so other specs' purchases never run them out. */
const MUG = 2;
const BOWL = 3;
let eventId: number;
let marketer: AppClient;

beforeAll(async () => {
  await sql().query("UPDATE products SET stock = 1000 WHERE id = ANY($1)", [[MUG, BOWL]]);
  // 3,000원 off from 20,000원: the console's default.
  marketer = await marketerClient();
  eventId = await createEvent(marketer, { totalQuantity: 1000 });
});
afterAll(closeData);

type Answer<T = Record<string, unknown>> = { status: number; body: T };

async function call<T = Record<string, unknown>>(member: TestMember, path: string, method = "GET", json?: unknown): Promise<Answer<T>> {
  const response = await fetch(new URL(path, testEnv.appUrl), {
    method,
    headers: { cookie: member.cookie, ...(json === undefined ? {} : { "content-type": "application/json" }) },
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  return { status: response.status, body: (await response.json()) as T };
}

type Placed = { order: { id: string; name: string; subtotal: number; discount: number; total: number; status: string }; payment: { url: string } };

/** A member with a cart (and a claimed coupon of the test's event). */
async function shopper(cart: [number, number][] = [[MUG, 2]]): Promise<{ member: TestMember; couponId: string }> {
  const [member] = await createMembers(1, "order");
  for (const [productId, quantity] of cart) expect((await call(member!, `/api/cart/items/${productId}`, "PUT", { quantity })).status).toBe(200);
  const claimed = await claim(member!, eventId);
  expect(claimed.status).toBe(201);
  return { member: member!, couponId: (claimed.body as { coupon: { id: string } }).coupon.id };
}

/** 결제하기 in the stand-in's window, opened for the member's placed order: the success URL's paymentKey and amount. */
const pay = (member: TestMember, placed: Placed) => payInWindow({ orderId: placed.order.id, orderName: placed.order.name, amount: placed.order.total, customerKey: member.id });

/** What the provider holds for an order (asked with the secret key, as the server does). */
async function atProvider(orderId: string): Promise<{ status: number; body: { status?: string; code?: string } }> {
  const response = await fetch(`${process.env.TOSS_API_URL}/v1/payments/orders/${orderId}`, { headers: { authorization: `Basic ${Buffer.from(`${process.env.TOSS_SECRET_KEY}:`).toString("base64")}` } });
  return { status: response.status, body: (await response.json()) as { status?: string; code?: string } };
}

describe("cart", () => {
  it("sets quantities (0 removes), refuses more than the stock with 409, and bad input with 400 fields", async () => {
    const [member] = await createMembers(1, "cart");
    const set = await call<{ items: { productId: number; quantity: number; unitPrice: number }[]; subtotal: number }>(member!, `/api/cart/items/${MUG}`, "PUT", { quantity: 3 });
    expect(set.status).toBe(200);
    expect(set.body.items).toMatchObject([{ productId: MUG, quantity: 3 }]);
    expect(set.body.subtotal).toBe(set.body.items[0]!.unitPrice * 3);
    expect((await call(member!, "/api/cart")).body).toEqual(set.body);

    const tooMany = await call<{ error: { code: string; message: string } }>(member!, `/api/cart/items/${MUG}`, "PUT", { quantity: 99 });
    await sql().query("UPDATE products SET stock = 2 WHERE id = $1", [BOWL]);
    const overStock = await call<{ error: { code: string; message: string } }>(member!, `/api/cart/items/${BOWL}`, "PUT", { quantity: 3 });
    await sql().query("UPDATE products SET stock = 1000 WHERE id = $1", [BOWL]);
    expect(tooMany.status).toBe(200);
    expect(overStock.status).toBe(409);
    expect(overStock.body.error).toMatchObject({ code: "OUT_OF_STOCK", message: expect.stringContaining("2개 남았어요") });

    for (const bad of [{ quantity: -1 }, { quantity: 1.5 }, { quantity: "2" }, { quantity: 100 }, {}]) {
      const answer = await call<{ error: { code: string; fields: Record<string, string[]> } }>(member!, `/api/cart/items/${BOWL}`, "PUT", bad);
      expect(answer.status, JSON.stringify(bad)).toBe(400);
      expect(answer.body.error.fields).toHaveProperty("quantity");
    }
    expect((await call(member!, "/api/cart/items/abc", "PUT", { quantity: 1 })).status).toBe(404);
    expect((await call<{ items: unknown[] }>(member!, `/api/cart/items/${MUG}`, "PUT", { quantity: 0 })).body.items).toHaveLength(0);
  });
});

describe("orders and payment", () => {
  it("orders the cart with a coupon at the server's amounts; a tampered amount charges nothing; the right one pays once and replays", async () => {
    const { member, couponId } = await shopper([[MUG, 2]]);
    const placed = await call<Placed>(member, "/api/orders", "POST", { couponId });
    expect(placed.status).toBe(201);
    const { order } = placed.body;
    expect(order).toMatchObject({ status: "PENDING_PAYMENT", discount: 3_000, total: order.subtotal - 3_000 });

    const paid = await pay(member, placed.body);
    expect(paid.amount).toBe(order.total);
    const tampered = await call<{ error: { code: string } }>(member, `/api/orders/${order.id}/confirm`, "POST", { ...paid, amount: 100 });
    expect(tampered.status).toBe(400);
    expect(tampered.body.error.code).toBe("AMOUNT_MISMATCH");
    expect((await atProvider(order.id)).body.code).toBe("NOT_FOUND_PAYMENT");

    const confirmed = await call<{ order: { status: string; total: number } }>(member, `/api/orders/${order.id}/confirm`, "POST", paid);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.order).toMatchObject({ status: "PAID", total: order.total });
    const replayed = await call<{ order: unknown }>(member, `/api/orders/${order.id}/confirm`, "POST", paid);
    expect(replayed).toEqual(confirmed);
    expect((await atProvider(order.id)).body.status).toBe("DONE");

    const used = await call<{ items: { id: string; status: string }[] }>(member, "/api/me/coupons?state=used");
    expect(used.body.items).toMatchObject([{ id: couponId, status: "USED" }]);
    expect((await call<{ items: unknown[] }>(member, "/api/cart")).body.items).toHaveLength(0);
    expect((await call<{ items: { id: string; status: string }[] }>(member, "/api/me/orders")).body.items).toMatchObject([{ id: order.id, status: "PAID" }]);
  });

  it("sends the shopper to the payment page, which opens Toss's window from the order in the database, with the SDK's origin allowed", async () => {
    const { member } = await shopper([[MUG, 1]]);
    const placed = (await call<Placed>(member, "/api/orders", "POST", {})).body;
    expect(placed.payment.url).toBe(`${process.env.AUTH_URL}/checkout/pay?orderId=${placed.order.id}`);
    // An amount in the address is nobody's business: the page shows (and hands Toss) the order's.
    const page = await fetch(`${testEnv.appUrl}/checkout/pay?orderId=${placed.order.id}&amount=100`, { headers: { cookie: member.cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`${placed.order.total.toLocaleString("ko-KR")}원`);
    const csp = page.headers.get("content-security-policy")!;
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(scriptSrc.split(" ")).toContain(new URL(process.env.TOSS_SDK_URL!).origin);
    expect(scriptSrc).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
    // Only this page allows it.
    const checkout = await fetch(`${testEnv.appUrl}/checkout`, { headers: { cookie: member.cookie } });
    expect(checkout.headers.get("content-security-policy")).not.toContain(new URL(process.env.TOSS_SDK_URL!).origin);

    const [stranger] = await createMembers(1, "stranger");
    expect((await fetch(`${testEnv.appUrl}/checkout/pay?orderId=${placed.order.id}`, { headers: { cookie: stranger!.cookie } })).status).toBe(404);
    const signedOut = await fetch(`${testEnv.appUrl}/checkout/pay?orderId=${placed.order.id}`, { redirect: "manual" });
    expect(signedOut.headers.get("location")).toContain(`/login?callbackUrl=${encodeURIComponent(`/checkout/pay?orderId=${placed.order.id}`)}`);
  });

  it("바로 구매 orders that product alone, with a coupon, and leaves the cart as it was, before and after paying", async () => {
    const { member, couponId } = await shopper([[BOWL, 1]]);
    const cartBefore = (await call(member, "/api/cart")).body;
    const placed = await call<Placed & { order: { items: { productId: number; quantity: number }[] } }>(member, "/api/orders", "POST", { productId: MUG, quantity: 3, couponId });
    expect(placed.status).toBe(201);
    const { rows } = await sql().query<{ price: number }>("SELECT price FROM products WHERE id = $1", [MUG]);
    expect(placed.body.order).toMatchObject({ subtotal: rows[0]!.price * 3, discount: 3_000, items: [{ productId: MUG, quantity: 3 }] });
    expect((await call(member, "/api/cart")).body).toEqual(cartBefore);
    expect((await call(member, `/api/orders/${placed.body.order.id}/confirm`, "POST", await pay(member, placed.body))).status).toBe(200);
    expect((await call(member, "/api/cart")).body).toEqual(cartBefore);
  });

  it("바로 구매 refuses bad input with 400 fields, an unknown product with 404, and more than the stock with 409, placing nothing", async () => {
    const [member] = await createMembers(1, "buynow");
    for (const bad of [{ productId: "2" }, { productId: 0 }, { productId: MUG, quantity: 0 }, { productId: MUG, quantity: 100 }, { quantity: 2 }]) {
      const answer = await call<{ error: { code: string; fields: Record<string, string[]> } }>(member!, "/api/orders", "POST", bad);
      expect(answer.status, JSON.stringify(bad)).toBe(400);
      expect(Object.keys(answer.body.error.fields), JSON.stringify(bad)).toEqual([Object.keys(bad).at(-1)]);
    }
    expect((await call(member!, "/api/orders", "POST", { productId: 2_000_000_000 })).status).toBe(404);
    await sql().query("UPDATE products SET stock = 2 WHERE id = $1", [BOWL]);
    const overStock = await call<{ error: { code: string } }>(member!, "/api/orders", "POST", { productId: BOWL, quantity: 3 });
    await sql().query("UPDATE products SET stock = 1000 WHERE id = $1", [BOWL]);
    expect(overStock.status).toBe(409);
    expect(overStock.body.error.code).toBe("OUT_OF_STOCK");
    expect(await count("orders", "user_id = $1", [member!.id])).toBe(0);
  });

  it("answers 404 for another member's order and for ids that cannot be orders", async () => {
    const { member } = await shopper();
    const [stranger] = await createMembers(1, "stranger");
    const placed = (await call<Placed>(member, "/api/orders", "POST", {})).body;
    const paid = await pay(member, placed);
    for (const path of [`/api/orders/${placed.order.id}/confirm`, `/api/orders/${placed.order.id}/cancel`, "/api/orders/not-an-order/cancel", "/api/orders/ckabcdefghijklmnopqrstuvw/cancel"]) {
      const answer = await call<{ error: { code: string } }>(stranger!, path, "POST", paid);
      expect(answer.status, path).toBe(404);
      expect(answer.body.error.code).toBe("NOT_FOUND");
    }
    expect((await atProvider(placed.order.id)).status).toBe(404);
  });

  it("refuses an expired coupon (400) and another member's coupon (404), placing nothing", async () => {
    const { member, couponId } = await shopper();
    const { couponId: theirs } = await shopper();
    await sql().query("UPDATE coupons SET expires_at = now() - interval '1 second' WHERE id = $1", [couponId]);
    const expired = await call<{ error: { code: string; message: string } }>(member, "/api/orders", "POST", { couponId });
    expect(expired.status).toBe(400);
    expect(expired.body.error).toMatchObject({ code: "COUPON_NOT_APPLICABLE", message: "사용 기간이 지난 쿠폰이에요." });
    const foreign = await call<{ error: { code: string } }>(member, "/api/orders", "POST", { couponId: theirs });
    expect(foreign.status).toBe(404);
    const malformed = await call<{ error: { code: string; fields: object } }>(member, "/api/orders", "POST", { couponId: 12 });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.fields).toHaveProperty("couponId");
    expect(await count("orders", "user_id = $1", [member.id])).toBe(0);
  });

  it("100 parallel checkouts with one coupon: one 201, 99 × 409 COUPON_UNAVAILABLE, exactly one order paid with it", async () => {
    await clearRateLimits();
    const { member, couponId } = await shopper([[BOWL, 1]]);
    const answers = await Promise.all(Array.from({ length: 100 }, () => call<Placed & { error?: { code: string } }>(member, "/api/orders", "POST", { couponId })));
    const won = answers.filter((a) => a.status === 201);
    expect(won).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409 && a.body.error?.code === "COUPON_UNAVAILABLE")).toHaveLength(99);
    const placed = won[0]!.body;
    expect((await call(member, `/api/orders/${placed.order.id}/confirm`, "POST", await pay(member, placed))).status).toBe(200);
    expect(await count("orders", "coupon_id = $1 AND status = 'PAID'", [couponId])).toBe(1);
    expect(await count("coupons", "id = $1 AND used_at IS NOT NULL AND reserved_order_id = $2", [couponId, placed.order.id])).toBe(1);
  });

  it("a failed payment releases the order: the coupon is usable again, and a paid order cancels with a refund", async () => {
    const { member, couponId } = await shopper([[BOWL, 1]]);
    const first = (await call<Placed>(member, "/api/orders", "POST", { couponId })).body;
    const held = await call<{ items: { id: string; status: string }[] }>(member, "/api/me/coupons");
    expect(held.body.items.find((c) => c.id === couponId)?.status).toBe("RESERVED");
    expect((await call<{ order: { status: string } }>(member, `/api/orders/${first.order.id}/cancel`, "POST")).body.order.status).toBe("CANCELED");
    expect((await call<{ items: { id: string; status: string }[] }>(member, "/api/me/coupons")).body.items.find((c) => c.id === couponId)?.status).toBe("USABLE");

    const second = (await call<Placed>(member, "/api/orders", "POST", { couponId })).body;
    await call(member, `/api/orders/${second.order.id}/confirm`, "POST", await pay(member, second));
    const canceled = await call<{ order: { status: string } }>(member, `/api/orders/${second.order.id}/cancel`, "POST");
    expect(canceled.body.order.status).toBe("CANCELED");
    expect((await atProvider(second.order.id)).body.status).toBe("CANCELED");
    expect((await call<{ items: { id: string; status: string }[] }>(member, "/api/me/coupons")).body.items.find((c) => c.id === couponId)?.status).toBe("USABLE");
  });

  it("the marketer's report counts what the event's coupons paid for: redeemed, discount spent, order revenue, in the console and the CSV", async () => {
    const { rows } = await sql().query<{ n: number; discount: number; revenue: number }>(
      "SELECT count(*)::int AS n, coalesce(sum(o.discount), 0)::int AS discount, coalesce(sum(o.total), 0)::int AS revenue FROM orders o JOIN coupons c ON c.id = o.coupon_id WHERE c.event_id = $1 AND o.status = 'PAID'",
      [eventId],
    );
    expect(rows[0]!.n).toBeGreaterThanOrEqual(2);
    await clearRateLimits();
    const live = (await (await marketer.request(`/api/admin/coupon-events/${eventId}/live`)).json()) as { report: Record<string, number> };
    expect(live.report).toMatchObject({ redeemed: rows[0]!.n, discountSpent: rows[0]!.discount, orderRevenue: rows[0]!.revenue });
    expect(live.report.discountSpent).toBe(3_000 * rows[0]!.n);
    const csv = (await (await marketer.request(`/api/admin/coupon-events/${eventId}/coupons.csv`)).text()).trimEnd().split("\r\n");
    expect(csv.filter((line) => /,Y,3000,\d+$/.test(line))).toHaveLength(rows[0]!.n);
  });
});
