import { expect, test, type Page } from "@playwright/test";
import { loginThroughForm, logOutThroughHeader, useSession } from "./support/browser";
import { createEvent, marketerClient } from "./support/coupon-events";
import { clearRateLimits, closeData, sql } from "./support/data";
import { DEMO_PASSWORD, testEnv } from "./support/env";
import { createMembers } from "./support/members";
import { screenshotBoth } from "./support/screenshots";

/** Seeded products the journeys buy, restocked so earlier runs never sell them out. */
const VASE = 4;
const CUP = 5;

test.beforeAll(async () => {
  await sql().query("UPDATE products SET stock = 500 WHERE id = ANY($1)", [[VASE, CUP]]);
});
test.beforeEach(clearRateLimits);
test.afterAll(closeData);

/** Claims a 3,000원 coupon (from 20,000원) of a new event as the signed-in shopper; the event's title. */
async function claimCoupon(page: Page): Promise<string> {
  const title = `결제 테스트 쿠폰 ${Date.now().toString(36)}`;
  const eventId = await createEvent(await marketerClient(), { title, minOrderAmount: 20_000 });
  await page.goto(`/events/${eventId}`);
  await page.getByRole("button", { name: "쿠폰 받기" }).click();
  await expect(page.getByRole("status")).toContainText("발급 완료");
  return title;
}

/** The signed-in shopper claims a fresh coupon and puts the vase in the cart; the coupon's event title. */
async function couponAndVaseInCart(page: Page): Promise<string> {
  const title = await claimCoupon(page);
  await page.goto(`/products/${VASE}`);
  await page.getByRole("button", { name: "장바구니 담기" }).click();
  await expect(page.getByRole("link", { name: "장바구니 1개" })).toBeVisible();
  return title;
}

/** Content-Security-Policy violations the page reports from now on (the list fills as they come). */
function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && message.text().includes("Content Security Policy")) seen.push(message.text());
  });
  return seen;
}

/** The coupon's radio in the checkout's 쿠폰 group. */
const couponRadio = (page: Page, title: string) => page.getByRole("group", { name: "쿠폰" }).getByRole("radio", { name: new RegExp(title) });

test("a shopper claims a coupon, buys one product now (바로 구매) with it, pays in the window, sees the order and the coupon used, the cart untouched; a cancel refunds and returns it", async ({ page }) => {
  test.setTimeout(180_000);
  const [member] = await createMembers(1, "pwcheckout");
  await useSession(page.context(), member!.cookie);
  const title = await claimCoupon(page);

  await page.goto(`/products/${VASE}`);
  await page.getByRole("button", { name: "장바구니 담기" }).click();
  await expect(page.getByText("장바구니에 담았어요.")).toBeVisible();
  await expect(page.getByRole("link", { name: "장바구니 1개" })).toBeVisible();
  await screenshotBoth(page, "product-buy");

  // 바로 구매: this product alone, two pieces; the vase stays in the cart.
  await page.goto(`/products/${CUP}`);
  await page.getByRole("button", { name: "수량 늘리기" }).click();
  await page.getByRole("button", { name: "바로 구매" }).click();
  await expect(page).toHaveURL(new RegExp(`/checkout\\?buyNow=${CUP}&quantity=2$`));
  await expect(page.getByRole("heading", { name: "주문/결제" })).toBeVisible();
  const items = page.getByRole("region", { name: "주문 작품" }).getByRole("listitem");
  await expect(items).toHaveCount(1);
  await expect(items).toContainText("2개");

  await couponRadio(page, title).check();
  const summary = page.getByRole("complementary", { name: "결제 금액" });
  await expect(summary).toContainText("-3,000원");
  await screenshotBoth(page, "checkout");
  const total = (await summary.locator("dd").last().textContent())!;
  const violations = cspViolations(page);
  const payPage = page.waitForResponse((r) => new URL(r.url()).pathname === "/checkout/pay");
  const sdk = page.waitForResponse(testEnv.tossSdkUrl);
  await page.getByRole("button", { name: "결제하기" }).click();

  // Our payment page loads Toss's SDK (the stand-in's), whose requestPayment opens the window:
  // the same amount, the member as the buyer, and its own 결제하기. (Our checkout shows the
  // amount and a 결제하기 too: wait for the window itself first.)
  expect((await payPage).status()).toBe(200);
  expect((await sdk).status()).toBe(200);
  await expect(page.getByText("결제 정보를 확인해 주세요")).toBeVisible();
  await expect(page.getByText(total)).toBeVisible();
  await expect(page.getByText(member!.nickname)).toBeVisible();
  expect(violations).toEqual([]);
  await page.getByRole("button", { name: "결제하기" }).click();
  await expect(page.getByRole("status")).toContainText("결제가 완료되었어요");
  await expect(page.getByRole("status")).toContainText(total);
  await screenshotBoth(page, "checkout-success");
  await expect(page.getByRole("link", { name: "장바구니 1개" })).toBeVisible();

  await page.goto("/mypage/orders");
  const order = page.getByRole("article").first();
  await expect(order).toContainText("결제 완료");
  await expect(order).toContainText(total);
  await page.goto("/mypage/coupons?state=used");
  await expect(page.getByRole("article").filter({ hasText: title })).toContainText("사용 완료");

  // 주문 취소: refunded through the provider, the coupon is back.
  await page.goto("/mypage/orders");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("article").first().getByRole("button", { name: "주문 취소" }).click();
  await expect(page.getByRole("article").first()).toContainText("주문 취소");
  await page.goto("/mypage/coupons");
  await expect(page.getByRole("article").filter({ hasText: title })).toContainText("사용 가능");
});

test("the cart checks out too; a payment cancelled in the window leaves the coupon usable", async ({ page }) => {
  const [member] = await createMembers(1, "pwcheckout");
  await useSession(page.context(), member!.cookie);
  const title = await couponAndVaseInCart(page);
  await page.goto("/cart");
  await page.getByRole("link", { name: "주문하기" }).click();
  await expect(page).toHaveURL(/\/checkout$/);
  await couponRadio(page, title).check();
  await page.getByRole("button", { name: "결제하기" }).click();
  await page.getByRole("button", { name: "결제 취소" }).click();
  await expect(page).toHaveURL(/\/checkout\/fail/);
  await expect(page.getByRole("status")).toContainText("결제가 취소되었어요");
  await expect(page.getByRole("status")).toContainText("다시 쓸 수 있어요");
  await screenshotBoth(page, "checkout-fail");

  await page.goto("/mypage/coupons");
  await expect(page.getByRole("article").filter({ hasText: title })).toContainText("사용 가능");
  await page.goto("/checkout");
  await expect(couponRadio(page, title)).toBeEnabled();
});

test("when Toss's SDK does not load, the payment page says so and offers the way back to the cart (the coupon released) or another try; back from the window, the same choice", async ({ page }) => {
  const [member] = await createMembers(1, "pwcheckout");
  await useSession(page.context(), member!.cookie);
  const title = await couponAndVaseInCart(page);
  // Toss's host cannot be reached.
  await page.route(testEnv.tossSdkUrl, (route) => route.abort("connectionrefused"));

  await page.goto("/checkout");
  await couponRadio(page, title).check();
  await page.getByRole("button", { name: "결제하기" }).click();
  await expect(page).toHaveURL(/\/checkout\/pay\?orderId=/);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("결제창을 불러오지 못했어요");
  await screenshotBoth(page, "checkout-pay-failed");
  await page.getByRole("button", { name: "주문 취소하고 장바구니로" }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await expect(page.getByRole("link", { name: "장바구니 1개" })).toBeVisible();

  // The order let its coupon go: it is chosen again, and once Toss is reachable, 다시 시도 opens the window.
  await page.goto("/checkout");
  await couponRadio(page, title).check();
  await page.getByRole("button", { name: "결제하기" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("결제창을 불러오지 못했어요");
  await page.unroute(testEnv.tossSdkUrl);
  await page.getByRole("button", { name: "다시 시도" }).click();
  await expect(page.getByText("결제 정보를 확인해 주세요")).toBeVisible();

  // Back from the window: the page offers the same choice instead of sending the shopper in again.
  await page.goBack();
  await expect(page.getByRole("main").getByRole("status")).toContainText("아직 결제하지 않았어요");
  await expect(page).toHaveURL(/\/checkout\/pay\?orderId=/);
  await page.getByRole("button", { name: "결제창 다시 열기" }).click();
  await expect(page.getByText("결제 정보를 확인해 주세요")).toBeVisible();
});

test("signed out, 장바구니 담기 and 바로 구매 say why at login and are finished on return", async ({ page }) => {
  // A seeded shopper no other spec uses, its cart emptied so the count below is this test's.
  await sql().query("DELETE FROM cart_items WHERE user_id = (SELECT id FROM members WHERE email = $1)", ["shopper4@example.com"]);
  await page.goto(`/products/${VASE}`);
  await page.getByRole("button", { name: "수량 늘리기" }).click();
  await page.getByRole("button", { name: "장바구니 담기" }).click();
  await expect(page).toHaveURL(new RegExp(`/login\\?callbackUrl=${encodeURIComponent(`/products/${VASE}`)}&reason=cart`));
  await expect(page.getByText("장바구니에 담으려면 로그인해 주세요.")).toBeVisible();
  await loginThroughForm(page, "shopper4@example.com", DEMO_PASSWORD);
  await expect(page).toHaveURL(new RegExp(`/products/${VASE}$`));
  // The press is finished on return: two pieces in the cart, without a second press.
  await expect(page.getByText("장바구니에 담았어요.")).toBeVisible();
  await expect(page.getByRole("link", { name: "장바구니 1개" })).toBeVisible();
  await page.goto("/cart");
  await expect(page.getByRole("group", { name: / 수량$/ })).toContainText("2");
  await logOutThroughHeader(page);

  await page.goto(`/products/${CUP}`);
  await page.getByRole("button", { name: "바로 구매" }).click();
  await expect(page.getByText("바로 구매하려면 로그인해 주세요.")).toBeVisible();
  await screenshotBoth(page, "login-buy-now");
  await loginThroughForm(page, "shopper4@example.com", DEMO_PASSWORD);
  await expect(page).toHaveURL(new RegExp(`/checkout\\?buyNow=${CUP}&quantity=1$`));
  await expect(page.getByRole("region", { name: "주문 작품" }).getByRole("listitem")).toHaveCount(1);
});
