// Lapsed orders settle themselves: the job workers run settleLapsedOrders on pg-boss's cron, so
// an order nobody paid gives back its stock and coupon, and a payment Toss took but we never
// recorded becomes PAID, without anyone calling anything. Against the real PostgreSQL, pg-boss
// and the Toss stand-in of the test stack.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setCartQuantity } from "@/lib/cart";
import { db } from "@/lib/db";
import { QUEUES } from "@/lib/jobs/payloads";
import { SETTLE_ORDERS_CRON, startWorker, type Worker } from "@/lib/jobs/worker";
import { PAYMENT_WINDOW_MS, placeOrder } from "@/lib/orders/place";
import { confirmPayment } from "@/lib/payments/toss";
import { newAtelier, newCategory, newCoupon, newMembers, newProducts, tag } from "@/scripts/test/fixtures";
import { payInWindow } from "@/scripts/test/toss-window";
import { eventually } from "@/scripts/test/eventually";

let worker: Worker;
let atelierId: number;
let categoryId: number;
beforeAll(async () => {
  worker = await startWorker();
  atelierId = (await newAtelier()).id;
  categoryId = (await newCategory()).childId;
});
afterAll(async () => {
  await worker.stop();
  await db.$disconnect();
});

/** A member whose cart holds one piece of a new product with `stock` pieces; the product's id. */
async function shopperWithOne(stock: number): Promise<{ member: { id: string; nickname: string }; productId: number }> {
  const [productId] = await newProducts(atelierId, categoryId, [{ title: `${tag()} 접시`, price: 14_000, stock }]);
  const [member] = await newMembers(1);
  await setCartQuantity(member!.id, productId!, 1);
  return { member: member!, productId: productId! };
}

const statusOf = async (id: string) => (await db.order.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

describe("the order-settling schedule", () => {
  it("is kept in the database by the workers, every minute", async () => {
    const schedules = await worker.boss.getSchedules();
    expect(schedules.find((s) => s.name === QUEUES.settleOrders)).toMatchObject({ cron: SETTLE_ORDERS_CRON });
  });

  it("a worker's run fails an unpaid lapsed order (stock and coupon back) and records one Toss charged", async () => {
    // Placed 16 minutes ago: their 15 minutes to pay are over.
    const placedAt = new Date(Date.now() - PAYMENT_WINDOW_MS - 60_000);
    const unpaid = await shopperWithOne(1);
    const couponId = await newCoupon(unpaid.member.id);
    const lapsed = await placeOrder(unpaid.member, { couponId }, placedAt);
    const charged = await shopperWithOne(3);
    const lost = await placeOrder(charged.member, {}, placedAt);
    // Toss took the money, but our confirm never recorded it (a crash between the two).
    const paid = await payInWindow({ orderId: lost.order.id, orderName: lost.order.name, amount: lost.order.total, customerKey: charged.member.id });
    expect(await confirmPayment({ ...paid, orderId: lost.order.id })).toMatchObject({ ok: true });

    // What the cron sends each minute (sent here so the test need not wait for the minute).
    await worker.boss.send(QUEUES.settleOrders, {});
    await eventually(async () => {
      expect(await statusOf(lapsed.order.id)).toBe("FAILED");
      expect(await statusOf(lost.order.id)).toBe("PAID");
    }, 20_000);
    expect((await db.product.findUniqueOrThrow({ where: { id: unpaid.productId }, select: { stock: true } })).stock).toBe(1);
    expect(await db.coupon.findUniqueOrThrow({ where: { id: couponId }, select: { usedAt: true, reservedOrderId: true } })).toEqual({ usedAt: null, reservedOrderId: null });
    expect((await db.product.findUniqueOrThrow({ where: { id: charged.productId }, select: { stock: true } })).stock).toBe(2);
  });
});
