import { expect, test, type Locator, type Page } from "@playwright/test";
import { useSession } from "./support/browser";
import { AppClient } from "./support/client";
import { clearRateLimits, closeData } from "./support/data";
import { postEvent, type CreatedEvent } from "./support/event-console";
import { DEMO_PASSWORD, testEnv } from "./support/env";
import { createMembers, demoSession, type TestMember } from "./support/members";
import { VIEWPORTS } from "./support/screenshots";

// Public pages are cached, the same for everyone; the header's menu, 찜, follow and a held coupon
// are the viewer's, and arrive after load (components/viewer).

test.beforeEach(clearRateLimits);
test.afterAll(closeData);

/** What the member's own click would have done, through the same API. */
async function send(member: TestMember, method: "PUT" | "POST", path: string): Promise<void> {
  const response = await fetch(`${testEnv.appUrl}${path}`, { method, headers: { cookie: member.cookie } });
  expect(response.ok, `${method} ${path}: ${response.status}`).toBe(true);
}

/** An event open now, made by the demo marketer (선착순) or owner (for their followers). */
async function openEvent(by: "marketer" | "owner" = "marketer"): Promise<CreatedEvent> {
  const client = new AppClient();
  await client.login(`${by}@example.com`, DEMO_PASSWORD);
  const fields = { title: `뷰어 테스트 쿠폰 ${Date.now().toString(36)}`, discountValue: 2000, minOrderAmount: 10000, totalQuantity: 10, validDays: 7 };
  return postEvent(client, fields, by === "marketer" ? "/api/admin/coupon-events" : "/api/studio/coupon-events");
}

test("a signed-in shopper sees their menu, 찜, follow and held coupon on pages cached for everyone", async ({ page, context }) => {
  const [member] = await createMembers(1, "pwviewer");
  const { id: eventId } = await openEvent();
  await send(member!, "PUT", "/api/products/21/like");
  await send(member!, "PUT", "/api/ateliers/6/follow");
  await send(member!, "POST", `/api/coupon-events/${eventId}/claim`);
  await useSession(context, member!.cookie);

  await page.goto("/products/21");
  const menu = page.getByRole("navigation", { name: "내 메뉴" });
  await expect(menu.getByRole("link", { name: "마이페이지" })).toBeVisible();
  await expect(menu.getByRole("button", { name: "로그아웃" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "로그인" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "찜하기" }).first()).toHaveAttribute("aria-pressed", "true");

  await page.goto("/ateliers/6");
  await expect(page.getByRole("button", { name: /팔로잉/ })).toHaveAttribute("aria-pressed", "true");

  await page.goto(`/events/${eventId}`);
  await expect(page.getByRole("status").filter({ hasText: "이미 받은 쿠폰이에요." })).toBeVisible();
  await expect(page.getByRole("button", { name: "받은 쿠폰이에요" })).toBeDisabled();

  // A client-side navigation asks again, for the new page's ids.
  await page.getByRole("navigation", { name: "카테고리", exact: true }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("main").getByRole("article").first().getByRole("heading").getByRole("link").click();
  await expect(page).toHaveURL(/\/products\/\d+$/);
  await expect(page.getByRole("button", { name: "찜하기" }).first()).toHaveAttribute("aria-pressed", /true|false/);
  await expect(menu.getByRole("link", { name: "마이페이지" })).toBeVisible();
});

test("a follower-only event tells a follower they can claim it, and anyone else whom to follow", async ({ page, browser, context }) => {
  const event = await openEvent("owner");
  const [follower, other] = await createMembers(2, "pwfollower");
  await send(follower!, "PUT", `/api/ateliers/${event.atelierId}/follow`);

  await useSession(context, follower!.cookie);
  await page.goto(`/events/${event.id}`);
  // The particle follows the name (es-hangul): 이천 흙숨 공방을, never 공방을(를).
  await expect(page.getByRole("main").getByText("이천 흙숨 공방을 팔로우하고 있어요. 이 쿠폰을 받을 수 있어요.")).toBeVisible();
  await expect(page.getByRole("button", { name: "쿠폰 받기" })).toBeEnabled();

  const otherContext = await browser.newContext();
  await useSession(otherContext, other!.cookie);
  const otherPage = await otherContext.newPage();
  await otherPage.goto(`/events/${event.id}`);
  await expect(otherPage.getByRole("main").getByText("이천 흙숨 공방을 팔로우하면 이 쿠폰을 받을 수 있어요.")).toBeVisible();
  await expect(otherPage.getByRole("main").getByText("팔로우하고 있어요.")).toHaveCount(0);
  await otherContext.close();
});

/** Where the header's search box and the page's first parts are. */
async function layoutOf(page: Page) {
  const boxes = [page.getByRole("searchbox", { name: "작품·작가 검색" }), page.getByRole("heading", { level: 1 }), page.getByRole("button", { name: "찜하기" }).first()];
  return Promise.all(boxes.map((box) => box.boundingBox()));
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 720, height: 900 },
]) {
  test(`until the viewer's state arrives toggles are busy and ignore clicks; when it arrives nothing moves (${viewport.width} px)`, async ({ page, context }) => {
    await page.setViewportSize(viewport);
    const [member] = await createMembers(1, "pwwait");
    await useSession(context, member!.cookie);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/api/me/viewer*", async (route) => {
      await held;
      await route.continue();
    });
    const writes: string[] = [];
    page.on("request", (r) => {
      if (r.method() !== "GET" && /\/api\/(products|ateliers)\/\d+\/(like|follow)$/.test(new URL(r.url()).pathname)) writes.push(r.url());
    });

    const asked = page.waitForRequest((r) => new URL(r.url()).pathname === "/api/me/viewer");
    await page.goto("/products/21");
    await asked; // hydrated: the provider's effect has sent its one request
    const heart = page.getByRole("button", { name: "찜하기" }).first();
    await expect(heart).toHaveAttribute("aria-busy", "true");
    expect(await heart.getAttribute("aria-pressed")).toBeNull();
    await heart.click({ force: true }); // a person's tap; Playwright itself waits for enabled ones
    const before = await layoutOf(page);

    release();
    await expect(page.getByRole("navigation", { name: "내 메뉴" }).getByRole("button", { name: "로그아웃" })).toBeVisible();
    await expect(heart).toHaveAttribute("aria-pressed", "false");
    await expect(heart).not.toHaveAttribute("aria-busy", "true");
    expect(await layoutOf(page)).toEqual(before);
    expect(writes).toEqual([]);
    await expect(page).toHaveURL(/\/products\/21$/);
  });
}

test("hearts a 더 보기 list brings in get their state in one more request", async ({ page, context }) => {
  const [member] = await createMembers(1, "pwmore");
  for (let id = 31; id <= 55; id++) await send(member!, "PUT", `/api/products/${id}/like`);
  await useSession(context, member!.cookie);
  const viewerRequests: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === "/api/me/viewer") viewerRequests.push(r.url());
  });
  await page.goto("/mypage");
  const hearts = page.getByRole("main").getByRole("button", { name: "찜하기" });
  await expect(hearts).toHaveCount(24);
  for (const heart of await hearts.all()) await expect(heart).toHaveAttribute("aria-pressed", "true");
  expect(viewerRequests).toHaveLength(1);

  await page.getByRole("button", { name: "더 보기" }).click();
  await expect(hearts).toHaveCount(25);
  await expect(hearts.last()).toHaveAttribute("aria-pressed", "true");
  expect(viewerRequests).toHaveLength(2);
  expect(new URL(viewerRequests[1]!).searchParams.get("products")).toBe("31");
});

test("on a phone, an owner's and a marketer's work areas are in the header's 관리 menu", async ({ page, context }) => {
  await page.setViewportSize(VIEWPORTS.mobile);
  await useSession(context, await demoSession("owner@example.com"));
  await page.goto("/");
  const menu = page.getByRole("navigation", { name: "내 메뉴" });
  await expect(menu.getByRole("link", { name: "작가 스튜디오" })).toBeHidden();
  await menu.getByText("관리", { exact: true }).click();
  await menu.getByRole("link", { name: "작가 스튜디오" }).click();
  await expect(page).toHaveURL(/\/studio\/followers$/);
  await expect(menu.getByRole("link", { name: "작가 스튜디오" })).toBeHidden();

  await context.clearCookies();
  await useSession(context, await demoSession("marketer@example.com"));
  await page.goto("/");
  await menu.getByText("관리", { exact: true }).click();
  await menu.getByRole("link", { name: "쿠폰 이벤트 관리" }).click();
  await expect(page).toHaveURL(/\/admin\/coupon-events$/);
});

/** Marks this document: a full page load would wipe the mark, a client-side navigation keeps it. */
const markDocument = (page: Page) => page.evaluate(() => ((window as unknown as { kept?: boolean }).kept = true));
const documentKept = (page: Page) => page.evaluate(() => (window as unknown as { kept?: boolean }).kept === true);

/** On screen and wholly within the phone's width: a row that scrolls sideways can leave a tab past the edge. */
async function expectWithinWidth(tab: Locator): Promise<void> {
  await expect(tab).toBeInViewport();
  const box = (await tab.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORTS.mobile.width);
}

test("on a phone every 마이페이지 tab is on screen, and the tabs move between its pages without a full load", async ({ page, context }) => {
  await page.setViewportSize(VIEWPORTS.mobile);
  const [member] = await createMembers(1, "pwtabs");
  await send(member!, "PUT", "/api/products/21/like");
  await useSession(context, member!.cookie);
  await page.goto("/mypage");
  const tabs = page.getByRole("navigation", { name: "마이페이지 메뉴" });
  await expect(tabs.getByRole("link")).toHaveCount(6);
  for (const tab of await tabs.getByRole("link").all()) await expectWithinWidth(tab);
  await markDocument(page);
  const pages = [
    ["팔로우하는 작가", "/mypage/follows"],
    ["내 쿠폰", "/mypage/coupons"],
    ["주문내역", "/mypage/orders"],
    ["알림", "/mypage/notifications"],
    ["회원정보", "/mypage/account"],
    ["찜한 작품", "/mypage"],
  ] as const;
  for (const [name, path] of pages) {
    await tabs.getByRole("link", { name }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    const current = tabs.getByRole("link", { name });
    await expect(current).toHaveAttribute("aria-current", "page");
    await expectWithinWidth(current);
  }
  // On from 마이페이지 to a product it lists: the product page, not the error page.
  await page.getByRole("main").getByRole("article").first().getByRole("heading").getByRole("link").click();
  await expect(page).toHaveURL(/\/products\/21$/);
  await expect(page.getByRole("button", { name: "장바구니 담기" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "잠시 문제가 생겼어요" })).toHaveCount(0);
  expect(await documentKept(page)).toBe(true);
});

test("on a phone the studio's and the console's tabs (and its status filter) are on screen and navigate without a full load", async ({ page, context }) => {
  await page.setViewportSize(VIEWPORTS.mobile);
  await useSession(context, await demoSession("owner@example.com"));
  await page.goto("/studio/followers");
  const studio = page.getByRole("navigation", { name: "작가 스튜디오 메뉴" });
  await markDocument(page);
  for (const [name, path] of [["팔로워 쿠폰", "/studio/coupon-events"], ["주문 관리", "/studio/orders"], ["팔로워 관리", "/studio/followers"]] as const) {
    await studio.getByRole("link", { name }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(studio.getByRole("link", { name })).toHaveAttribute("aria-current", "page");
    await expectWithinWidth(studio.getByRole("link", { name }));
  }
  expect(await documentKept(page)).toBe(true);

  await context.clearCookies();
  await useSession(context, await demoSession("marketer@example.com"));
  await page.goto("/admin/coupon-events");
  const status = page.getByRole("navigation", { name: "상태" });
  await markDocument(page);
  for (const tab of await status.getByRole("link").all()) await expectWithinWidth(tab);
  await status.getByRole("link", { name: "예정" }).click();
  await expect(page).toHaveURL(/\/admin\/coupon-events\?status=scheduled$/);
  await expect(status.getByRole("link", { name: "예정" })).toHaveAttribute("aria-current", "page");
  await page.getByRole("navigation", { name: "마케터 콘솔 메뉴" }).getByRole("link", { name: "메일 발송 실패" }).click();
  await expect(page).toHaveURL(/\/admin\/jobs$/);
  await expect(page.getByRole("heading", { level: 1, name: "메일 발송 실패" })).toBeVisible();
  expect(await documentKept(page)).toBe(true);
});

for (const role of ["anonymous", "shopper", "owner", "marketer"] as const) {
  test(`on a phone the header's controls sit in one row beside the logo, each a target of at least 24 px: ${role}`, async ({ page, context }) => {
    await page.setViewportSize(VIEWPORTS.mobile);
    if (role !== "anonymous") await useSession(context, await demoSession(`${role}@example.com`));
    await page.goto("/");
    const menu = page.getByRole("navigation", { name: "내 메뉴" });
    await expect(role === "anonymous" ? menu.getByRole("link", { name: "로그인" }) : menu.getByRole("button", { name: "로그아웃" })).toBeVisible();
    const logo = (await page.getByRole("link", { name: "컴공방" }).first().boundingBox())!;
    const controls = [...(await menu.getByRole("link").all()), ...(await menu.getByRole("button").all())];
    if (role === "owner" || role === "marketer") controls.push(menu.getByText("관리", { exact: true }));
    let shown = 0;
    for (const control of controls) {
      if (!(await control.isVisible())) continue; // the wide screen's links, and 관리's own until opened
      shown++;
      const box = (await control.boundingBox())!;
      expect(box.width, (await control.textContent()) ?? "").toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
      expect(Math.abs(box.y + box.height / 2 - (logo.y + logo.height / 2))).toBeLessThan(4);
      expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORTS.mobile.width);
    }
    expect(shown).toBe({ anonymous: 1, shopper: 4, owner: 5, marketer: 5 }[role]);
  });
}
