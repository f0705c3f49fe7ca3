// Orders against the real PostgreSQL and the Toss Payments stand-in the test stack started:
// a coupon redeems once under any concurrency, stock never goes below zero, money is taken only
// for a PAID order and never twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setCartQuantity } from "@/lib/cart";
import { db } from "@/lib/db";
import { cancelOrder } from "@/lib/orders/cancel";
import { confirmOrder } from "@/lib/orders/confirm";
import { placeOrder, type PlacedOrder } from "@/lib/orders/place";
import { listAtelierOrders } from "@/lib/orders/list";
import { orderPaymentWindow } from "@/lib/orders/pay";
import { settleLapsedOrders } from "@/lib/orders/settle";
import { confirmPayment, paymentOfOrder } from "@/lib/payments/toss";
import { payInWindow as payWindow } from "@/scripts/test/toss-window";
import { newAtelier, newCategory, newCoupon, newMembers, newProducts, tag } from "@/scripts/test/fixtures";

let atelierId: number;
let categoryId: number;
beforeAll(async () => {
  atelierId = (await newAtelier()).id;
  categoryId = (await newCategory()).childId;
});
afterAll(() => db.$disconnect());

async function product(price: number, stock: number): Promise<number> {
  const [id] = await newProducts(atelierId, categoryId, [{ title: `${tag()} 머그`, price, stock }]);
  return id!;
}

async function shopper(cart: [number, number][]): Promise<{ id: string; nickname: string }> {
  const [member] = await newMembers(1);
  for (const [productId, quantity] of cart) await setCartQuantity(member!.id, productId, quantity);
  return member!;
}

/** Opens the window for the placed order as the payment page does (/checkout/pay) and presses 결제하기 there. */
async function payInWindow(member: { id: string }, placed: PlacedOrder): Promise<{ paymentKey: string; amount: number }> {
  const { customerKey, request } = await orderPaymentWindow(member.id, placed.order.id);
  return payWindow({ orderId: request.orderId, orderName: request.orderName, amount: request.amount.value, customerKey });
}

const stockOf = async (id: number) => (await db.product.findUniqueOrThrow({ where: { id }, select: { stock: true } })).stock;
const couponRow = (id: string) => db.coupon.findUniqueOrThrow({ where: { id }, select: { usedAt: true, reservedOrderId: true, reservedUntil: true } });

describe("placing and paying an order", () => {
  it("computes the amounts, takes the stock and the coupon, then charges once and marks both", async () => {
    const mug = await product(12_000, 5);
    const member = await shopper([[mug, 2]]);
    const couponId = await newCoupon(member.id, { discountValue: 3_000, minOrderAmount: 10_000 });
    const placed = await placeOrder(member, { couponId });
    expect(placed.order).toMatchObject({ status: "PENDING_PAYMENT", subtotal: 24_000, discount: 3_000, total: 21_000 });
    expect(await stockOf(mug)).toBe(3);
    expect(await couponRow(couponId)).toMatchObject({ usedAt: null, reservedOrderId: placed.order.id });

    const paid = await payInWindow(member, placed);
    expect(paid.amount).toBe(21_000);
    const order = await confirmOrder(member.id, placed.order.id, paid);
    expect(order.status).toBe("PAID");
    expect((await couponRow(couponId)).usedAt).not.toBeNull();
    expect(await db.cartItem.count({ where: { memberId: member.id } })).toBe(0);
    // The same success URL again (a reload) answers the same order and charges nothing more.
    expect(await confirmOrder(member.id, placed.order.id, paid)).toMatchObject({ status: "PAID", total: 21_000 });
    const atToss = await paymentOfOrder(placed.order.id);
    expect(atToss).toMatchObject({ ok: true, payment: { status: "DONE", totalAmount: 21_000 } });
  });

  it("refuses a success URL whose amount differs, charging nothing; another member's order is not found", async () => {
    const member = await shopper([[await product(30_000, 5), 1]]);
    const placed = await placeOrder(member, {});
    const paid = await payInWindow(member, placed);
    await expect(confirmOrder(member.id, placed.order.id, { ...paid, amount: 100 })).rejects.toMatchObject({ key: "AMOUNT_MISMATCH" });
    expect(await paymentOfOrder(placed.order.id)).toMatchObject({ ok: false, code: "NOT_FOUND_PAYMENT" });
    const [stranger] = await newMembers(1);
    await expect(confirmOrder(stranger!.id, placed.order.id, paid)).rejects.toMatchObject({ key: "ORDER_NOT_FOUND" });
    await expect(cancelOrder(stranger!.id, placed.order.id)).rejects.toMatchObject({ key: "ORDER_NOT_FOUND" });
    expect(await confirmOrder(member.id, placed.order.id, paid)).toMatchObject({ status: "PAID", total: 30_000 });
  });

  it("refuses a coupon that is another member's, expired, or not applicable, and writes nothing", async () => {
    const mug = await product(8_000, 5);
    const member = await shopper([[mug, 1]]);
    const [other] = await newMembers(1);
    await expect(placeOrder(member, { couponId: await newCoupon(other!.id) })).rejects.toMatchObject({ key: "COUPON_NOT_FOUND" });
    await expect(placeOrder(member, { couponId: await newCoupon(member.id, { expiresAt: new Date(Date.now() - 1000) }) })).rejects.toMatchObject({ key: "COUPON_NOT_APPLICABLE" });
    await expect(placeOrder(member, { couponId: await newCoupon(member.id, { minOrderAmount: 10_000 }) })).rejects.toMatchObject({ key: "COUPON_NOT_APPLICABLE", message: expect.stringContaining("2,000원 더") });
    await expect(placeOrder(member, { couponId: await newCoupon(member.id, { atelierId: (await newAtelier()).id }) })).rejects.toMatchObject({ key: "COUPON_NOT_APPLICABLE" });
    expect(await db.order.count({ where: { memberId: member.id } })).toBe(0);
    expect(await stockOf(mug)).toBe(5);
  });

  it("refuses at confirmation a coupon that expired during checkout, charges nothing and returns the stock", async () => {
    const mug = await product(20_000, 2);
    const member = await shopper([[mug, 1]]);
    const couponId = await newCoupon(member.id, { expiresAt: new Date(Date.now() + 60_000) });
    const placed = await placeOrder(member, { couponId });
    const paid = await payInWindow(member, placed);
    await expect(confirmOrder(member.id, placed.order.id, paid, new Date(Date.now() + 120_000))).rejects.toMatchObject({ key: "COUPON_EXPIRED" });
    expect(await paymentOfOrder(placed.order.id)).toMatchObject({ ok: false, code: "NOT_FOUND_PAYMENT" });
    expect(await db.order.findUniqueOrThrow({ where: { id: placed.order.id }, select: { status: true } })).toEqual({ status: "FAILED" });
    expect(await stockOf(mug)).toBe(2);
  });
  it("바로 구매 orders one product alone, with a coupon, and leaves the cart as it was, also once paid", async () => {
    const inCart = await product(9_000, 5);
    const wanted = await product(21_000, 5);
    const member = await shopper([[inCart, 2]]);
    const couponId = await newCoupon(member.id, { discountValue: 3_000, minOrderAmount: 20_000 });
    const placed = await placeOrder(member, { couponId, productId: wanted, quantity: 1 });
    expect(placed.order).toMatchObject({ subtotal: 21_000, discount: 3_000, total: 18_000, items: [{ productId: wanted, quantity: 1 }] });
    expect((await confirmOrder(member.id, placed.order.id, await payInWindow(member, placed))).status).toBe("PAID");
    expect(await db.cartItem.findMany({ where: { memberId: member.id }, select: { productId: true, quantity: true } })).toEqual([{ productId: inCart, quantity: 2 }]);
    expect(await stockOf(wanted)).toBe(4);
    expect(await stockOf(inCart)).toBe(5);
    await expect(placeOrder(member, { productId: wanted, quantity: 5 })).rejects.toMatchObject({ key: "OUT_OF_STOCK" });
    await expect(placeOrder(member, { productId: 2_000_000_000 })).rejects.toMatchObject({ key: "PRODUCT_NOT_FOUND" });
  });

  it("never places a 0원 order: a coupon worth the whole order leaves 100원 to pay, which Toss takes", async () => {
    const member = await shopper([[await product(5_000, 3), 1]]);
    const couponId = await newCoupon(member.id, { discountValue: 10_000, minOrderAmount: 0 });
    const placed = await placeOrder(member, { couponId });
    expect(placed.order).toMatchObject({ subtotal: 5_000, discount: 4_900, total: 100 });
    expect((await confirmOrder(member.id, placed.order.id, await payInWindow(member, placed))).status).toBe("PAID");
  });
});

describe("the payment page's window", () => {
  it("is the order as the database has it: its amount and name, the member as customer, back to the shop's success and fail pages", async () => {
    const member = await shopper([[await product(13_000, 5), 2]]);
    const placed = await placeOrder(member, {});
    expect(placed.payment.url).toBe(`${process.env.AUTH_URL}/checkout/pay?orderId=${placed.order.id}`);
    const { email } = await db.member.findUniqueOrThrow({ where: { id: member.id }, select: { email: true } });
    expect(await orderPaymentWindow(member.id, placed.order.id)).toEqual({
      sdkUrl: process.env.TOSS_SDK_URL,
      clientKey: process.env.TOSS_CLIENT_KEY,
      customerKey: member.id,
      request: {
        method: "CARD",
        amount: { currency: "KRW", value: 26_000 },
        orderId: placed.order.id,
        orderName: placed.order.name,
        successUrl: `${process.env.AUTH_URL}/checkout/success`,
        failUrl: `${process.env.AUTH_URL}/checkout/fail`,
        customerName: member.nickname,
        ...(email ? { customerEmail: email } : {}),
      },
    });
  });

  it("opens for no one else's order, and not for one paid, being confirmed, canceled or past its time", async () => {
    const member = await shopper([[await product(9_000, 10), 1]]);
    const [other] = await newMembers(1);
    const paid = await placeOrder(member, {});
    await expect(orderPaymentWindow(other!.id, paid.order.id)).rejects.toMatchObject({ key: "ORDER_NOT_FOUND" });
    await expect(orderPaymentWindow(member.id, paid.order.id, new Date(Date.now() + 16 * 60_000))).rejects.toMatchObject({ key: "ORDER_NOT_PAYABLE" });
    await confirmOrder(member.id, paid.order.id, await payInWindow(member, paid));
    await expect(orderPaymentWindow(member.id, paid.order.id)).rejects.toMatchObject({ key: "ORDER_ALREADY_PAID" });

    await setCartQuantity(member.id, paid.order.items[0]!.productId, 1);
    const confirming = await placeOrder(member, {});
    await db.order.update({ where: { id: confirming.order.id }, data: { paymentKey: `tconfirming${confirming.order.id}` } });
    await expect(orderPaymentWindow(member.id, confirming.order.id)).rejects.toMatchObject({ key: "PAYMENT_PENDING" });
    const canceled = await placeOrder(member, {});
    await cancelOrder(member.id, canceled.order.id);
    await expect(orderPaymentWindow(member.id, canceled.order.id)).rejects.toMatchObject({ key: "ORDER_NOT_PAYABLE" });
  });
});

describe("concurrency", () => {
  it("100 parallel checkouts of one coupon: exactly one holds it, the rest are told COUPON_UNAVAILABLE; it is paid once", async () => {
    const member = await shopper([[await product(15_000, 1_000), 1]]);
    const couponId = await newCoupon(member.id);
    const results = await Promise.allSettled(Array.from({ length: 100 }, () => placeOrder(member, { couponId })));
    const won = results.filter((r): r is PromiseFulfilledResult<PlacedOrder> => r.status === "fulfilled");
    const refused = results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.key ?? String((r as PromiseRejectedResult).reason));
    expect(won).toHaveLength(1);
    expect(refused.filter((key) => key !== "COUPON_UNAVAILABLE")).toEqual([]);
    expect(await db.order.count({ where: { couponId } })).toBe(1);
    const placed = won[0]!.value;
    await confirmOrder(member.id, placed.order.id, await payInWindow(member, placed));
    expect((await couponRow(couponId)).usedAt).not.toBeNull();
    await setCartQuantity(member.id, (await db.orderItem.findFirstOrThrow({ where: { orderId: placed.order.id } })).productId, 1);
    await expect(placeOrder(member, { couponId })).rejects.toMatchObject({ key: "COUPON_UNAVAILABLE" });
  });

  it("never sells more than the stock: 30 members ordering the last 7 pieces in parallel", async () => {
    const vase = await product(9_000, 7);
    const members = await Promise.all(Array.from({ length: 30 }, () => shopper([[vase, 1]])));
    const results = await Promise.allSettled(members.map((m) => placeOrder(m, {})));
    const refused = results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.key);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(7);
    expect(new Set(refused)).toEqual(new Set(["OUT_OF_STOCK"]));
    expect(await stockOf(vase)).toBe(0);
  });
});

describe("after the order", () => {
  it("a failed payment (the fail page) returns the coupon and the stock; the coupon then pays another order", async () => {
    const mug = await product(12_000, 3);
    const member = await shopper([[mug, 1]]);
    const couponId = await newCoupon(member.id);
    const first = await placeOrder(member, { couponId });
    expect((await cancelOrder(member.id, first.order.id)).status).toBe("CANCELED");
    expect(await couponRow(couponId)).toEqual({ usedAt: null, reservedOrderId: null, reservedUntil: null });
    expect(await stockOf(mug)).toBe(3);
    const second = await placeOrder(member, { couponId });
    expect((await confirmOrder(member.id, second.order.id, await payInWindow(member, second))).status).toBe("PAID");
  });

  it("cancel after payment refunds through the provider, returns the stock and the still-valid coupon", async () => {
    const mug = await product(12_000, 3);
    const member = await shopper([[mug, 2]]);
    const couponId = await newCoupon(member.id);
    const placed = await placeOrder(member, { couponId });
    await confirmOrder(member.id, placed.order.id, await payInWindow(member, placed));
    expect((await cancelOrder(member.id, placed.order.id)).status).toBe("CANCELED");
    expect(await paymentOfOrder(placed.order.id)).toMatchObject({ ok: true, payment: { status: "CANCELED", balanceAmount: 0 } });
    expect(await couponRow(couponId)).toEqual({ usedAt: null, reservedOrderId: null, reservedUntil: null });
    expect(await stockOf(mug)).toBe(3);
    expect((await cancelOrder(member.id, placed.order.id)).status).toBe("CANCELED"); // again: nothing more
  });

  it("settles a confirm the provider answered but we never recorded: PAID once, not charged again", async () => {
    const member = await shopper([[await product(11_000, 3), 1]]);
    const placed = await placeOrder(member, {});
    const paid = await payInWindow(member, placed);
    // The server crashed right after Toss charged: Toss has the payment, our order does not.
    expect(await confirmPayment({ paymentKey: paid.paymentKey, orderId: placed.order.id, amount: paid.amount })).toMatchObject({ ok: true });
    const later = new Date(Date.now() + 16 * 60_000);
    const tally = await settleLapsedOrders(later);
    expect(tally.paid).toBeGreaterThanOrEqual(1);
    expect(await db.order.findUniqueOrThrow({ where: { id: placed.order.id }, select: { status: true, paymentKey: true } })).toEqual({ status: "PAID", paymentKey: paid.paymentKey });
    // The shopper's success page arrives late: same answer, no second charge.
    expect(await confirmOrder(member.id, placed.order.id, paid)).toMatchObject({ status: "PAID" });
  });

  it("fails an order never paid once its time is over, returning its stock and coupon", async () => {
    const mug = await product(10_000, 1);
    const member = await shopper([[mug, 1]]);
    const couponId = await newCoupon(member.id);
    const placed = await placeOrder(member, { couponId });
    await settleLapsedOrders(new Date(Date.now() + 16 * 60_000));
    expect(await db.order.findUniqueOrThrow({ where: { id: placed.order.id }, select: { status: true } })).toEqual({ status: "FAILED" });
    expect(await stockOf(mug)).toBe(1);
    expect((await couponRow(couponId)).reservedOrderId).toBeNull();
  });

  it("an atelier sees the paid orders of its products, only its own lines", async () => {
    const own = await newAtelier();
    const [ownProduct] = await newProducts(own.id, categoryId, [{ title: `${tag()} 작가 머그`, price: 15_000 }]);
    const member = await shopper([[ownProduct!, 2], [await product(7_000, 3), 1]]);
    const placed = await placeOrder(member, {});
    expect((await listAtelierOrders(own.id, undefined)).items).toEqual([]); // not paid yet
    await confirmOrder(member.id, placed.order.id, await payInWindow(member, placed));
    const { items } = await listAtelierOrders(own.id, undefined);
    expect(items).toMatchObject([{ id: placed.order.id, status: "PAID", buyer: member.nickname, amount: 30_000, items: [{ productId: ownProduct, quantity: 2 }] }]);
  });
});
