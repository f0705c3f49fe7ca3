// WCAG 2.2 AA on every page, in every role (issue #18 item 8): axe-core in the real Chromium,
// at desktop and phone width, after the viewer's own state has arrived (toggles pressed or not,
// the header's member menu), since that is the page a person meets. Each page's screenshots at
// both sizes go to e2e/screenshots/ for a person to look at.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { useSession } from "./support/browser";
import { sql } from "./support/data";
import { demoSession } from "./support/members";
import { screenshotAs, VIEWPORTS } from "./support/screenshots";

type Role = "anonymous" | "shopper" | "owner" | "marketer";

// WCAG 2.2 AA, plus axe's best practices the issue found broken (heading order, unique landmarks).
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** Ids of real rows for the pages that need one: a product, an atelier, a category, an event. */
async function ids() {
  const one = async <T>(query: string) => (await sql().query<{ v: T }>(query)).rows[0]!.v;
  return {
    product: await one<number>("SELECT id AS v FROM products WHERE stock > 1 ORDER BY like_count DESC, id LIMIT 1"),
    atelier: await one<number>("SELECT id AS v FROM ateliers ORDER BY follower_count DESC, id LIMIT 1"),
    category: await one<string>("SELECT slug AS v FROM categories WHERE parent_id IS NULL ORDER BY sort_order LIMIT 1"),
    event: await one<number>("SELECT id AS v FROM coupon_events WHERE atelier_id IS NULL ORDER BY starts_at DESC LIMIT 1"),
  };
}

async function pagesOf(role: Role): Promise<string[]> {
  const id = await ids();
  switch (role) {
    case "anonymous":
      return ["/", `/categories/${id.category}`, `/categories/${id.category}?sort=price_asc&page=2`, `/products/${id.product}`, "/ateliers", `/ateliers/${id.atelier}`, `/events/${id.event}`, "/events", `/search?q=${encodeURIComponent("머그")}`, "/login", "/signup", "/signup/check-email", "/signup/kakao", "/verify-email", "/forgot-password", "/reset-password", "/unsubscribe", "/terms", "/privacy", "/no-such-page"];
    case "shopper":
      return ["/", `/products/${id.product}`, `/ateliers/${id.atelier}`, `/events/${id.event}`, "/mypage", "/mypage/follows", "/mypage/coupons", "/mypage/notifications", "/mypage/orders", "/mypage/account", "/cart", "/checkout", "/checkout/fail?code=PAY_PROCESS_CANCELED&message=%EC%B7%A8%EC%86%8C&orderId=none"];
    case "owner":
      return ["/studio/followers", "/studio/coupon-events", "/studio/coupon-events/new", "/studio/orders"];
    case "marketer":
      return ["/admin/coupon-events", "/admin/coupon-events/new", `/admin/coupon-events/${id.event}`, "/admin/jobs"];
  }
}

/** axe's findings as lines a person can act on: rule, impact, and the elements it names. */
function report(violations: Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"]): string[] {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(" | ")}`);
}

/** A follower coupon of the signed-in owner's atelier, made through the studio's API; its id. */
async function ownerEvent(page: Page): Promise<number> {
  const startsAt = Date.now() + 86_400_000;
  const response = await page.request.post("/api/studio/coupon-events", {
    data: { title: "접근성 점검 쿠폰", discountType: "AMOUNT", discountValue: 2000, minOrderAmount: 20000, totalQuantity: 30, startsAt: new Date(startsAt).toISOString(), endsAt: new Date(startsAt + 86_400_000).toISOString(), validDays: 7 },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { event: { id: number } }).event.id;
}

const roles: Role[] = ["anonymous", "shopper", "owner", "marketer"];

// One test per role and size: both sizes of the anonymous pages in one test ran past 5 minutes.
for (const role of roles) for (const [size, viewport] of Object.entries(VIEWPORTS)) {
  test(`every page passes axe at WCAG 2.2 AA: ${role}, ${size}`, async ({ page }) => {
    // Every page of the role, each analysed and photographed whole: the anonymous desktop pass
    // took 4.5 min in a clean-clone CI run on 2 cores, too close to a 5-minute limit.
    test.setTimeout(600_000);
    await page.setViewportSize(viewport);
    if (role !== "anonymous") await useSession(page.context(), await demoSession(`${role}@example.com`));
    // /cart and /checkout are looked at with something in the cart (emptied again below).
    const cartLine = `/api/cart/items/${(await ids()).product}`;
    if (role === "shopper") expect((await page.request.put(cartLine, { data: { quantity: 1 } })).ok()).toBe(true);
    const paths = await pagesOf(role);
    // The owner's own event console needs an event of theirs: one scheduled for tomorrow.
    if (role === "owner") paths.push(`/studio/coupon-events/${await ownerEvent(page)}`);
    const found: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      // The viewer's answer is in: nothing on the page is still busy.
      await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      found.push(...report(violations).map((line) => `${path} [${size}] ${line}`));
      await screenshotAs(page, `axe-${role}${path.replace(/[/?=&%]+/g, "-")}`, size);
    }
    if (role === "shopper") await page.request.put(cartLine, { data: { quantity: 0 } });
    expect(found, found.join("\n")).toEqual([]);
  });
}
