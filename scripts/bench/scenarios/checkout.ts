// Scenario 6 (issue #17): members checking out at once against little stock, some pressing
// 결제하기 in two tabs with the same coupon. Fresh products with a few pieces each; half the
// members put one in the cart and order the cart, half buy it at once (바로 구매); the coupon
// holders' two tabs race their one coupon. The holders are every other member among the first
// to arrive, so most pairs race while pieces are left (a pair that finds none proves nothing
// about the coupon) and still compete with members without one. Each placed order goes the whole way a browser goes:
// the payment page, the Toss stand-in's window (결제하기), the success page, the confirm. The
// figures come from the answers, PostgreSQL (orders, their lines, stock, coupons) and the
// payments the stand-in took.
import os from "node:os";
import type { LocalEnv } from "../../lib/local-env.ts";
import { runCheckoutFlows, type CheckoutFlow } from "../checkout-flows.ts";
import { seededRandom } from "../load.ts";
import { sql, type BenchMember } from "../members.ts";
import { summariseCheckout, type CheckoutSummary, type OrderRow, type PaymentRow, type ProductRow } from "../report-checkout.ts";

/** `couponHolders`: members given a coupon, who check out in two tabs with it; `arrivalMs`: every member starts within it. */
export type CheckoutSizes = { members: number; products: number; stock: number; couponHolders: number; arrivalMs: number; sockets: number };
export type CheckoutRun = { label: string; sizes: CheckoutSizes; loadAverage: { before: number[]; after: number[] }; summary: CheckoutSummary };

/** Fresh products, `stock` pieces each: copies of the first seeded ones (an atelier, a category, a price). */
async function stockedProducts(n: number, stock: number, run: string): Promise<number[]> {
  const { rows } = await sql().query<{ id: number }>(
    `INSERT INTO products (atelier_id, category_id, title, description, price, images, stock)
     SELECT atelier_id, category_id, title || ' (벤치 ' || $1 || ')', description, price, images, $2 FROM products ORDER BY id LIMIT $3
     RETURNING id`,
    [run, stock, n],
  );
  return rows.map((r) => r.id);
}

/** A public event open now (1,000원 off, no minimum) and one coupon of it for each member, as claims would have issued them; member id → coupon id. */
async function issueCoupons(memberIds: string[]): Promise<Map<string, string>> {
  const { rows: events } = await sql().query<{ id: number }>(
    `INSERT INTO coupon_events (title, discount_type, discount_value, min_order_amount, total_quantity, starts_at, ends_at, valid_days, updated_at)
     VALUES ('bench 결제 쿠폰', 'AMOUNT', 1000, 0, $1, (now() AT TIME ZONE 'UTC') - interval '1 minute', (now() AT TIME ZONE 'UTC') + interval '1 hour', 14, now())
     RETURNING id`,
    [Math.max(1, memberIds.length)],
  );
  const { rows } = await sql().query<{ id: string; user_id: string }>(
    `INSERT INTO coupons (id, event_id, user_id, seq, issued_at, expires_at)
     SELECT 'bench' || md5(random()::text || m.id), $1, m.id, m.seq, now() AT TIME ZONE 'UTC', (now() AT TIME ZONE 'UTC') + interval '14 days'
     FROM unnest($2::text[]) WITH ORDINALITY AS m(id, seq)
     RETURNING id, user_id`,
    [events[0]!.id, memberIds],
  );
  return new Map(rows.map((r) => [r.user_id, r.id]));
}

async function snapshot(productIds: number[], initialStock: number, memberIds: string[], tossUrl: string): Promise<{ products: ProductRow[]; orders: OrderRow[]; payments: PaymentRow[] }> {
  const stock = await sql().query<{ id: number; stock: number }>("SELECT id, stock FROM products WHERE id = ANY($1)", [productIds]);
  const held = await sql().query<{ product_id: number; status: string; pieces: number }>(
    `SELECT i.product_id, o.status, sum(i.quantity)::int AS pieces FROM order_items i JOIN orders o ON o.id = i.order_id
     WHERE i.product_id = ANY($1) AND o.status IN ('PAID', 'PENDING_PAYMENT') GROUP BY 1, 2`,
    [productIds],
  );
  const pieces = (id: number, status: string) => held.rows.find((r) => r.product_id === id && r.status === status)?.pieces ?? 0;
  const orders = await sql().query<OrderRow>(`SELECT id, status, coupon_id AS "couponId" FROM orders WHERE user_id = ANY($1)`, [memberIds]);
  // The stand-in's payments, less those of orders other members placed (a stand-in that outlives one run).
  const payments = (await (await fetch(`${tossUrl}/__payments`)).json()) as PaymentRow[];
  const foreign = await sql().query<{ id: string }>("SELECT id FROM orders WHERE id = ANY($1) AND NOT (user_id = ANY($2))", [payments.map((p) => p.orderId), memberIds]);
  const others = new Set(foreign.rows.map((r) => r.id));
  return {
    products: stock.rows.map((p) => ({ id: p.id, initialStock, stock: p.stock, paidQuantity: pieces(p.id, "PAID"), pendingQuantity: pieces(p.id, "PENDING_PAYMENT") })),
    orders: orders.rows,
    payments: payments.filter((p) => !others.has(p.orderId)).map((p) => ({ orderId: p.orderId, status: p.status })),
  };
}

export async function runCheckout(opts: { url: string; members: BenchMember[]; sizes: CheckoutSizes; seed: number; env: LocalEnv }): Promise<CheckoutRun> {
  const { sizes, members, env } = opts;
  const run = Math.random().toString(36).slice(2, 8);
  const products = await stockedProducts(sizes.products, sizes.stock, run);
  const random = seededRandom(opts.seed);
  const startMs = members.map(() => Math.floor(random() * sizes.arrivalMs));
  const byArrival = members.map((_, i) => i).sort((a, b) => startMs[a]! - startMs[b]! || a - b);
  const holders = new Set(byArrival.filter((_, rank) => rank % 2 === 0).slice(0, sizes.couponHolders));
  const coupons = await issueCoupons([...holders].map((i) => members[i]!.id));
  const flows: CheckoutFlow[] = members.map((m, member) => ({
    member,
    startMs: startMs[member]!,
    kind: random() < 0.5 ? "cart" : "buyNow",
    productId: products[Math.floor(random() * products.length)]!,
    quantity: random() < 0.8 ? 1 : 2,
    ...(holders.has(member) ? { couponId: coupons.get(m.id)!, tabs: 2 as const } : { tabs: 1 as const }),
  }));
  const before = os.loadavg();
  const result = await runCheckoutFlows(
    {
      url: opts.url,
      sockets: sizes.sockets,
      timeoutSeconds: 60,
      cookies: members.map((m) => m.cookie),
      customerKeys: members.map((m) => m.id),
      window: { TOSS_SDK_URL: env.TOSS_SDK_URL, TOSS_CLIENT_KEY: env.TOSS_CLIENT_KEY, AUTH_URL: env.AUTH_URL },
      flows,
    },
    env,
  );
  const after = os.loadavg();
  const state = await snapshot(products, sizes.stock, members.map((m) => m.id), env.TOSS_API_URL!);
  return {
    label: `${members.length} members within ${sizes.arrivalMs / 1000} s, ${sizes.products} products × ${sizes.stock} pieces, ${holders.size} racing one coupon in two tabs, via nginx, ${sizes.sockets} shared keep-alive sockets`,
    sizes,
    loadAverage: { before, after },
    summary: summariseCheckout({ run: result, couponHolders: holders.size, ...state }),
  };
}
