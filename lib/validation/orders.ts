// Cart, order and payment inputs, shared by route handlers (and forms, when they load them).
// Pure zod/mini.
import * as z from "zod/mini";
import { parseId } from "@/lib/validation/common";

/** Pieces of one product a cart line may hold (the cart_items CHECK agrees). */
export const MAX_CART_QUANTITY = 99;

const quantity = (least: number) =>
  z
    .number({ error: "수량을 숫자로 보내 주세요." })
    .check(z.int("수량은 정수여야 해요."), z.gte(least, `수량은 ${least} 이상이어야 해요.`), z.lte(MAX_CART_QUANTITY, `한 작품은 ${MAX_CART_QUANTITY}개까지 담을 수 있어요.`));

export const cartQuantitySchema = z.object({ quantity: quantity(0) });

/** A coupon id as the API gives it out (a cuid); anything else names no coupon. */
const couponId = z.string({ error: "쿠폰 번호가 올바르지 않아요." }).check(z.regex(/^[a-z0-9]{20,40}$/, "쿠폰 번호가 올바르지 않아요."));

/** A product id as the API gives it out (a positive 32-bit integer). */
const productId = z.number({ error: "작품 번호를 숫자로 보내 주세요." }).check(z.int("작품 번호가 올바르지 않아요."), z.gte(1, "작품 번호가 올바르지 않아요."), z.lte(2_147_483_647, "작품 번호가 올바르지 않아요."));

/**
 * POST /api/orders. Without `productId` it orders the cart; with it, 바로 구매: `quantity` pieces
 * (1 when left out) of that product alone, and the cart is left as it is. A `quantity` without a
 * product names nothing to buy.
 */
export const placeOrderSchema = z
  .object({ couponId: z.optional(z.nullable(couponId)), productId: z.optional(productId), quantity: z.optional(quantity(1)) })
  .check(
    z.refine((v) => v.quantity === undefined || v.productId !== undefined, {
      path: ["quantity"],
      message: "수량은 바로 구매할 작품(productId)과 함께 보내 주세요.",
    }),
  );
export type OrderRequest = z.infer<typeof placeOrderSchema>;

/**
 * 바로 구매 as /checkout's query names it (?buyNow={productId}&quantity={n}, quantity 1 when left
 * out); null when there is none or it is not a product id and a quantity of 1 to 99 (the page then
 * shows the cart).
 */
export function buyNowOf(product: string | undefined, quantity = "1"): { productId: number; quantity: number } | null {
  const productId = product === undefined ? null : parseId(product);
  const pieces = parseId(quantity);
  return productId !== null && pieces !== null && pieces <= MAX_CART_QUANTITY ? { productId, quantity: pieces } : null;
}

export const confirmOrderSchema = z.object({
  paymentKey: z.string({ error: "paymentKey가 필요해요." }).check(z.minLength(1, "paymentKey가 필요해요."), z.maxLength(200, "paymentKey가 너무 길어요.")),
  amount: z.number({ error: "결제 금액을 숫자로 보내 주세요." }).check(z.int("결제 금액은 정수여야 해요."), z.gte(0, "결제 금액은 0 이상이어야 해요.")),
});

/** An order id as the API gives it out (a cuid, also Toss's orderId). */
export const ORDER_ID = /^[a-z0-9]{20,40}$/;
