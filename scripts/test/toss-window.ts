// What a shopper does in the Toss stand-in's payment window, for tests and the bench: press
// 결제하기 and follow the redirect to the success URL.
import { env } from "@/lib/env";

/**
 * Presses 결제하기 in the stand-in's window at `windowUrl` (what POST /api/orders answers as
 * payment.url); answers the success URL's parameters. Throws when the window does not send the
 * shopper to /checkout/success for `orderId`.
 */
export async function payInWindow(windowUrl: string, orderId: string): Promise<{ paymentKey: string; amount: number }> {
  const window = new URL(windowUrl);
  if (!window.href.startsWith(env.TOSS_PAYMENT_WINDOW_URL)) throw new Error(`not the stand-in's window: ${window.href}`);
  const res = await fetch(window.origin + window.pathname, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...Object.fromEntries(window.searchParams), action: "pay" }),
    redirect: "manual",
  });
  const back = new URL(res.headers.get("location") ?? "", "http://invalid");
  if (back.pathname !== "/checkout/success" || back.searchParams.get("orderId") !== orderId) throw new Error(`the window sent the shopper to ${back.href} (${res.status})`);
  return { paymentKey: back.searchParams.get("paymentKey")!, amount: Number(back.searchParams.get("amount")) };
}
