import { expect, test, type Response } from "@playwright/test";
import { loginThroughForm, logOutThroughHeader, useSession } from "./support/browser";
import { createEvent, marketerClient } from "./support/coupon-events";
import { clearRateLimits, closeData } from "./support/data";
import { DEMO_PASSWORD } from "./support/env";
import { createMembers } from "./support/members";
import { screenshotBoth } from "./support/screenshots";

test.beforeEach(clearRateLimits);
test.afterAll(closeData);

/** "2026-11-25T14:03" in Korea time, as a datetime-local field wants it. */
function koreaLocal(ms: number): string {
  return new Date(ms + 9 * 3_600_000).toISOString().slice(0, 16);
}

test("a marketer launches an event; a shopper waits for the opening second and claims it", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await page.goto("/login?callbackUrl=%2Fadmin%2Fcoupon-events%2Fnew");
  await loginThroughForm(page, "marketer@example.com", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "새 쿠폰 이벤트" })).toBeVisible();

  // Wrong input is explained next to the field before anything is sent.
  await page.getByRole("button", { name: "이벤트 만들기" }).click();
  await expect(page.getByText("제목은 2자 이상이어야 해요.")).toBeVisible();

  const title = `주말 선착순 ${Date.now().toString(36)}`;
  // Opens at the start of the next minute that is at least 20 s away: datetime-local has no seconds.
  const opensAt = Math.ceil((Date.now() + 20_000) / 60_000) * 60_000;
  await page.getByRole("textbox", { name: "이벤트 제목" }).fill(title);
  await page.getByRole("textbox", { name: "이벤트 설명" }).fill("주말에만 드리는 작은 선물이에요.");
  await page.getByRole("radio", { name: "정액 할인" }).check();
  await page.getByRole("spinbutton", { name: "할인 금액" }).fill("3000");
  await page.getByRole("spinbutton", { name: "최소 주문 금액" }).fill("20000");
  await page.getByRole("spinbutton", { name: "발급 수량" }).fill("50");
  await page.getByRole("spinbutton", { name: "사용 기간" }).fill("7");
  await page.getByLabel("시작 시각").fill(koreaLocal(opensAt));
  await page.getByLabel("종료 시각").fill(koreaLocal(opensAt + 86_400_000));
  await expect(page.getByRole("region", { name: "미리보기" })).toContainText("3,000원 할인");
  await screenshotBoth(page, "admin-new-event");
  await page.getByRole("button", { name: "이벤트 만들기" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const eventId = Number(/\/admin\/coupon-events\/(\d+)/.exec(page.url())![1]);

  const [member] = await createMembers(1, "pwcoupon");
  const shopperContext = await browser.newContext();
  await useSession(shopperContext, member!.cookie);
  const shopper = await shopperContext.newPage();
  // The last live answer before the claim is sent (read before it, then): replayed below.
  const liveUrl = `/api/coupon-events/${eventId}?live=1`;
  const isPoll = (url: URL) => url.pathname + url.search === liveUrl;
  let lastPoll = "";
  const keepPoll = async (response: Response) => {
    if (isPoll(new URL(response.url()))) lastPoll = await response.text();
  };
  shopper.on("response", keepPoll);
  await shopper.goto(`/events/${eventId}`);
  const claim = shopper.getByRole("button", { name: /쿠폰 받기|오픈 전이에요/ });
  await expect(claim).toBeDisabled();
  await expect(shopper.getByRole("timer")).toHaveText(/^\d{2}:\d{2}:\d{2}$/);
  await expect(shopper.getByText("남은 수량")).toBeVisible();
  await screenshotBoth(shopper, "event-countdown");

  // No reload: the button turns on when the server's clock reaches the opening.
  await expect(shopper.getByRole("button", { name: "쿠폰 받기" })).toBeEnabled({ timeout: 90_000 });
  expect(Date.now()).toBeGreaterThanOrEqual(opensAt - 2_000);
  // Both watchers hear it once: the shopper's status region and the marketer's live panel.
  await expect(shopper.getByRole("region", { name: "쿠폰 받기" }).getByRole("status")).toHaveText("쿠폰 받기가 열렸어요. 지금 받을 수 있어요.");
  await expect(page.getByRole("region", { name: "실시간 현황" }).getByRole("status")).toHaveText("이벤트가 열렸어요.");
  const sent = shopper.waitForRequest((r) => r.method() === "POST" && r.url().endsWith("/claim")).then(() => shopper.off("response", keepPoll));
  await shopper.getByRole("button", { name: "쿠폰 받기" }).click();
  await sent;
  await expect(shopper.getByRole("status").filter({ hasText: "발급 완료" })).toContainText("선착순 1번째");
  await expect(shopper.getByText(/49\s*\/\s*50/)).toBeVisible();
  // A poll may be answered from the balancer's copy, read before the claim (it keeps one for a
  // second or two): the last answer before the claim, again, must not put the count back.
  await shopper.route(isPoll, (route) => route.fulfill({ status: 200, contentType: "application/json", body: lastPoll }));
  for (let poll = 0; poll < 3; poll++) await shopper.waitForResponse((r) => r.url().endsWith(liveUrl));
  await expect(shopper.getByText(/49\s*\/\s*50/)).toBeVisible();
  await shopper.unroute(isPoll);
  await screenshotBoth(shopper, "event-claimed");

  // A second claim is answered 이미 받은 쿠폰.
  const again = await shopper.request.post(`/api/coupon-events/${eventId}/claim`);
  expect(again.status()).toBe(409);
  await shopper.reload();
  await expect(shopper.getByRole("status").filter({ hasText: "이미 받은 쿠폰이에요." })).toBeVisible();

  await shopper.getByRole("link", { name: "내 쿠폰 보기" }).click();
  const ticket = shopper.getByRole("article").filter({ hasText: title });
  await expect(ticket).toContainText("3,000원 할인");
  await expect(ticket).toContainText("20,000원 이상 구매 시");
  await expect(ticket).toContainText(/D-\d+/);
  await screenshotBoth(shopper, "mypage-coupons");

  // The marketer's live view shows the issued coupon.
  await page.reload();
  await expect(page.getByRole("region", { name: "실시간 현황" })).toContainText("49");
  await screenshotBoth(page, "admin-live");
  await shopperContext.close();
});

test("a visitor who presses 쿠폰 받기 signed out is told why at login, and comes back to the coupon claimed", async ({ page }) => {
  const eventId = await createEvent(await marketerClient());
  await page.goto(`/events/${eventId}`);
  const claim = page.getByRole("button", { name: "쿠폰 받기" });
  // The page is the same for everyone: the button waits (busy) for the viewer's state.
  await expect(claim).toBeEnabled();
  await claim.click();
  await expect(page).toHaveURL(new RegExp(`/login\\?callbackUrl=${encodeURIComponent(`/events/${eventId}`)}&reason=claim`));
  await expect(page.getByText("쿠폰을 받으려면 로그인해 주세요.")).toBeVisible();
  await loginThroughForm(page, "shopper7@example.com", DEMO_PASSWORD);
  await expect(page).toHaveURL(new RegExp(`/events/${eventId}$`));
  // The press is finished on return: no second press while the race runs.
  await expect(page.getByRole("region", { name: "쿠폰 받기" }).getByRole("status")).toContainText("발급 완료");
  await expect(page.getByRole("button", { name: "받은 쿠폰이에요" })).toBeDisabled();
  await screenshotBoth(page, "event-page");
});

test("the marketer console lists events with their status; shoppers are refused", async ({ page }) => {
  await page.goto("/login?callbackUrl=%2Fadmin%2Fcoupon-events");
  await loginThroughForm(page, "marketer@example.com", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "쿠폰 이벤트 관리" })).toBeVisible();
  await expect(page.getByText("진행 중").first()).toBeVisible();
  await screenshotBoth(page, "admin-events");
  await logOutThroughHeader(page);

  await page.goto("/login?callbackUrl=%2Fadmin%2Fcoupon-events");
  await loginThroughForm(page, "shopper8@example.com", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "접근 권한이 없어요" })).toBeVisible();
  // It names the one role that may enter, not every role there is.
  await expect(page.getByText("쿠폰 이벤트 관리는 마케터 계정으로만 들어갈 수 있어요.")).toBeVisible();
});
