-- 바로 구매 orders one product past the cart: paying it must leave the cart as it was
-- (markPaid removes the paid products from the cart only for an order of the cart).
ALTER TABLE "orders" ADD COLUMN "from_cart" BOOLEAN NOT NULL DEFAULT true;
