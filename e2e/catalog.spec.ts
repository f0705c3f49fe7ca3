import { expect, test } from "@playwright/test";
import { screenshotBoth } from "./support/screenshots";

test("a shopper browses home → category → product → atelier → search", async ({ page }) => {
  test.setTimeout(240_000); // ten full-page screenshots
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "지금 인기 있는 작품" })).toBeVisible();
  await screenshotBoth(page, "home");

  await page.getByRole("navigation", { name: "카테고리", exact: true }).getByRole("link", { name: "도자기" }).click();
  await expect(page).toHaveURL(/\/categories\/ceramics/);
  await expect(page.getByRole("heading", { level: 1, name: "도자기" })).toBeVisible();
  const cards = page.getByRole("main").getByRole("article");
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThan(4);

  await page.getByRole("link", { name: "낮은 가격순" }).click();
  await expect(page).toHaveURL(/sort=price_asc/);
  await expect(page.getByRole("link", { name: "낮은 가격순" })).toHaveAttribute("aria-current", "true");
  const prices = await cards.locator("strong").allTextContents();
  const numbers = prices.map((p) => Number(p.replace(/[^\d]/g, "")));
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  await screenshotBoth(page, "category");

  const firstTitle = cards.first().getByRole("heading");
  const title = (await firstTitle.textContent())!.trim();
  await firstTitle.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // Each heart names its product: the page's own and the atelier's other works differ.
  await expect(page.getByRole("button", { name: `${title} 찜하기`, exact: true })).toHaveAttribute("aria-pressed", "false");
  await screenshotBoth(page, "product");

  const atelierLink = page.getByRole("main").getByRole("link").filter({ has: page.locator("img") }).first();
  const atelierName = (await atelierLink.textContent())!.trim();
  await atelierLink.click();
  await expect(page.getByRole("heading", { level: 1, name: atelierName })).toBeVisible();
  await expect(page.getByRole("button", { name: /팔로우/ })).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByText(/팔로워/).first()).toBeVisible();
  await screenshotBoth(page, "atelier");

  const search = page.getByRole("searchbox", { name: "작품·작가 검색" });
  await search.fill("머그");
  await search.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("머그");
  const results = page.getByRole("main").getByRole("article").getByRole("heading");
  await expect(results.first()).toContainText("머그");
  // The box keeps what was searched, ready to refine; leaving /search empties it.
  await expect(search).toHaveValue("머그");
  await screenshotBoth(page, "search");
  await page.getByRole("link", { name: "컴공방" }).click();
  await expect(search).toHaveValue("");
});

test("pages are prefetched when a shopper reaches for a link, not for every link on screen", async ({ page }) => {
  const flights: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).searchParams.has("_rsc")) flights.push(new URL(r.url()).pathname);
  });
  await page.goto("/");
  const card = page.getByRole("region", { name: "지금 인기 있는 작품" }).getByRole("article").first().getByRole("heading").getByRole("link");
  await expect(card).toBeVisible();
  // Hydrated: the viewer's state came (a heart is no longer busy), so viewport prefetch would have run.
  await expect(page.getByRole("region", { name: "지금 인기 있는 작품" }).getByRole("button", { name: /찜하기$/ }).first()).not.toHaveAttribute("aria-busy");
  await page.waitForLoadState("networkidle");
  expect(flights).toEqual([]);

  const href = (await card.getAttribute("href"))!;
  const prefetched = page.waitForRequest((r) => new URL(r.url()).pathname === href && new URL(r.url()).searchParams.has("_rsc"));
  await card.hover();
  await prefetched;
  // A client-side move keeps this document (and the mark on its window).
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await card.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);

  // A modified click is the browser's: Ctrl+click opens the link in a new tab and this page stays.
  const [tab] = await Promise.all([page.context().waitForEvent("page"), page.getByRole("banner").getByRole("link", { name: "컴공방" }).click({ modifiers: ["Control"] })]);
  await expect(tab).toHaveURL(/\/$/);
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
});

test("partial Korean words find products: 도자 finds 도자기", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent("도자")}`);
  await expect(page.getByRole("main").getByRole("article").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: /작품 \d+개/ })).not.toHaveText("작품 0개");
});

test("a search that finds nothing offers words that do", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent("없는작품이름")}`);
  await expect(page.getByRole("heading", { name: "작품 0개" })).toBeVisible();
  await page.getByRole("list", { name: "추천 검색어" }).getByRole("link", { name: "캔들" }).click();
  await expect(page).toHaveURL(/\/search\?q=%EC%BA%94%EB%93%A4$/);
  await expect(page.getByRole("main").getByRole("article").first()).toBeVisible();
});

test("a visitor who is not signed in is sent to /login by 찜하기 and comes back", async ({ page }) => {
  await page.goto("/products/1");
  await page.getByRole("button", { name: "찜하기" }).first().click();
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fproducts%2F1&reason=like/);
  // The login page says why the visitor is there, and puts 카카오 로그인 first, as signup does.
  await expect(page.getByText("찜하려면 로그인해 주세요.")).toBeVisible();
  const kakao = await page.getByRole("button", { name: "카카오 로그인" }).boundingBox();
  const email = await page.getByRole("textbox", { name: "이메일" }).boundingBox();
  expect(kakao!.y).toBeLessThan(email!.y);
});

test("bad input in the URL is a Korean 404 or a clamped page, never a 500", async ({ page }) => {
  for (const path of ["/products/abc", "/products/99999999999", `/categories/${encodeURIComponent("없는카테고리")}`, "/ateliers/0"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "페이지를 찾을 수 없어요" })).toBeVisible();
  }
  await screenshotBoth(page, "not-found");
  for (const path of ["/categories/ceramics?page=-1", "/categories/ceramics?page=99999", "/categories/ceramics?sort=drop%20table", `/search?q=${"a".repeat(2000)}`, `/search?q=${encodeURIComponent("머그".repeat(400))}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
  }
});

test("ateliers can be browsed by their exact follower counts", async ({ page }) => {
  await page.goto("/ateliers");
  await expect(page.getByRole("heading", { level: 1, name: "작가 둘러보기" })).toBeVisible();
  const counts = (await page.getByRole("main").getByRole("article").getByText(/팔로워 [\d,]+/).allTextContents()).map((t) => Number(/팔로워 ([\d,]+)/.exec(t)![1]!.replace(/,/g, "")));
  expect(counts.length).toBeGreaterThan(5);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  await page.getByRole("link", { name: "신규 공방순" }).click();
  await expect(page.getByRole("link", { name: "신규 공방순" })).toHaveAttribute("aria-current", "true");
});

test("no catalog page scrolls sideways on a phone", async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await phone.newPage();
  // 도자기 has cards with a discount (11% 128,000원 145,000원), the widest price row a card has.
  for (const path of ["/", "/categories/candles", "/categories/ceramics", "/products/1", "/ateliers", "/ateliers/1", "/search?q=%EC%BA%94%EB%93%A4"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} is ${overflow}px wider than the screen`).toBe(0);
  }
  await phone.close();
});

test("on a phone the product page keeps 찜, 장바구니 담기 and 바로 구매 in reach without scrolling", async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await phone.newPage();
  await page.goto("/products/1");
  const title = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
  for (const control of [page.getByRole("button", { name: `${title} 찜하기`, exact: true }), page.getByRole("button", { name: "장바구니 담기" }), page.getByRole("button", { name: "바로 구매" })]) {
    await expect(control).toBeInViewport();
  }
  await phone.close();
});
