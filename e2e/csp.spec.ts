import { expect, test } from "@playwright/test";

// The strict CSP on a page served from cache: the policy lists the hashes of the inline scripts
// the server wrote, so a script slipped into the cached document afterwards does not run, while
// the page's own scripts do (it hydrates and its controls work).
test("an inline script injected into a cached page is blocked, and the page still hydrates and works", async ({ page }) => {
  await page.route("**/products/12", async (route) => {
    const response = await route.fetch();
    expect(response.headers()["content-security-policy"]).toMatch(/'sha256-/);
    const html = (await response.text()).replace("</body>", "<script>window.__injected = true; document.title = 'pwned';</script></body>");
    await route.fulfill({ response, body: html });
  });
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && message.text().includes("Content Security Policy")) violations.push(message.text());
  });
  await page.goto("/products/12");

  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
  await expect(page).not.toHaveTitle("pwned");
  // Hydrated: a visitor's 찜 is a client-side action that sends them to log in and come back.
  await page.getByRole("main").getByRole("button", { name: /찜하기/ }).first().click();
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
});
