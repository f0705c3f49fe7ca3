// What a shopper does in the Toss stand-in's payment window, for tests and the bench, without a
// browser: the window the stand-in's SDK opens for the payment page's requestPayment, and its
// 결제하기 pressed, following the redirect back to the shop.

/** The order as the payment page hands it to requestPayment; `customerKey` is the member's id. */
export type WindowOrder = { orderId: string; orderName: string; amount: number; customerKey: string };

/** The stack's environment: where the stand-in is (TOSS_SDK_URL, TOSS_CLIENT_KEY) and the shop it sends the shopper back to (AUTH_URL). */
type WindowEnv = Record<string, string | undefined>;

function required(env: WindowEnv, name: "TOSS_SDK_URL" | "TOSS_CLIENT_KEY" | "AUTH_URL"): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set: the test stack's environment names the Toss stand-in`);
  return value;
}

/**
 * Presses 결제하기 in the stand-in's window for the order; answers the success URL's paymentKey
 * and amount. Throws unless the window sent the shopper to the shop's success URL for this order.
 */
export async function payInWindow(order: WindowOrder, env: WindowEnv = process.env): Promise<{ paymentKey: string; amount: number }> {
  const successUrl = new URL("/checkout/success", required(env, "AUTH_URL")).href;
  const fields = {
    clientKey: required(env, "TOSS_CLIENT_KEY"),
    customerKey: order.customerKey,
    orderId: order.orderId,
    orderName: order.orderName,
    amount: String(order.amount),
    successUrl,
    failUrl: new URL("/checkout/fail", successUrl).href,
    action: "pay",
  };
  const res = await fetch(new URL("/v1/payment-window", required(env, "TOSS_SDK_URL")), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
    redirect: "manual",
  });
  const back = new URL(res.headers.get("location") ?? "", "http://invalid");
  if (`${back.origin}${back.pathname}` !== successUrl || back.searchParams.get("orderId") !== order.orderId) throw new Error(`the window sent the shopper to ${back.href} (${res.status})`);
  return { paymentKey: back.searchParams.get("paymentKey")!, amount: Number(back.searchParams.get("amount")) };
}
