CREATE TYPE "OrderStatus" AS ENUM ('PENDING_PAYMENT', 'PAID', 'FAILED', 'CANCELED');

CREATE TABLE "orders" (
    "id" TEXT NOT NULL,
    "user_id" TEXT,
    "status" "OrderStatus" NOT NULL DEFAULT 'PENDING_PAYMENT',
    "name" TEXT NOT NULL,
    "subtotal" INTEGER NOT NULL,
    "discount" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "coupon_id" TEXT,
    "payment_key" TEXT,
    "pay_by" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paid_at" TIMESTAMP(3),
    "canceled_at" TIMESTAMP(3),

    CONSTRAINT "orders_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "orders_amounts" CHECK ("discount" >= 0 AND "discount" <= "subtotal" AND "total" = "subtotal" - "discount")
);

CREATE UNIQUE INDEX "orders_payment_key_key" ON "orders"("payment_key");
CREATE INDEX "orders_user_id_created_at_idx" ON "orders"("user_id", "created_at" DESC);
CREATE INDEX "orders_status_pay_by_idx" ON "orders"("status", "pay_by");
-- A coupon redeems at most one order: of the orders that name it, at most one is PAID
-- (a canceled order's coupon may pay for a later one).
CREATE UNIQUE INDEX "orders_one_paid_per_coupon" ON "orders"("coupon_id") WHERE "status" = 'PAID';

CREATE TABLE "order_items" (
    "order_id" TEXT NOT NULL,
    "product_id" INTEGER NOT NULL,
    "atelier_id" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "unit_price" INTEGER NOT NULL,
    "quantity" INTEGER NOT NULL,

    CONSTRAINT "order_items_pkey" PRIMARY KEY ("order_id","product_id"),
    CONSTRAINT "order_items_quantity_positive" CHECK ("quantity" > 0)
);

CREATE INDEX "order_items_atelier_id_order_id_idx" ON "order_items"("atelier_id", "order_id");

ALTER TABLE "orders" ADD CONSTRAINT "orders_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A coupon held for an unpaid order (until reserved_until), or the order that redeemed it.
ALTER TABLE "coupons" ADD COLUMN "reserved_order_id" TEXT;
ALTER TABLE "coupons" ADD COLUMN "reserved_until" TIMESTAMP(3);
