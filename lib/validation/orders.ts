// Cart, order and payment inputs, shared by route handlers (and forms, when they load them).
// Pure zod/mini.
import * as z from "zod/mini";

/** Pieces of one product a cart line may hold (the cart_items CHECK agrees). */
export const MAX_CART_QUANTITY = 99;

export const cartQuantitySchema = z.object({
  quantity: z
    .number({ error: "수량을 숫자로 보내 주세요." })
    .check(z.int("수량은 정수여야 해요."), z.gte(0, "수량은 0 이상이어야 해요."), z.lte(MAX_CART_QUANTITY, `한 작품은 ${MAX_CART_QUANTITY}개까지 담을 수 있어요.`)),
});

/** A coupon id as the API gives it out (a cuid); anything else names no coupon. */
const couponId = z.string({ error: "쿠폰 번호가 올바르지 않아요." }).check(z.regex(/^[a-z0-9]{20,40}$/, "쿠폰 번호가 올바르지 않아요."));

export const placeOrderSchema = z.object({ couponId: z.optional(z.nullable(couponId)) });

export const confirmOrderSchema = z.object({
  paymentKey: z.string({ error: "paymentKey가 필요해요." }).check(z.minLength(1, "paymentKey가 필요해요."), z.maxLength(200, "paymentKey가 너무 길어요.")),
  amount: z.number({ error: "결제 금액을 숫자로 보내 주세요." }).check(z.int("결제 금액은 정수여야 해요."), z.gte(0, "결제 금액은 0 이상이어야 해요.")),
});

/** An order id as the API gives it out (a cuid, also Toss's orderId). */
export const ORDER_ID = /^[a-z0-9]{20,40}$/;
