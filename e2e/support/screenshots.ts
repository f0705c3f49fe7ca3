import type { Page } from "@playwright/test";

export const VIEWPORTS = { desktop: { width: 1280, height: 900 }, mobile: { width: 390, height: 844 } } as const;

/** Scrolls through the page so lazy images load, then waits until every image has. */
async function loadAllImages(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
    window.scrollTo(0, 0);
    // A page busy hydrating may not render the frames the scroll passed through: lazy images
    // there were never near the viewport. They load now, wherever they are.
    for (const img of Array.from(document.images)) img.loading = "eager";
  });
  await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
}

/**
 * Saves a full-page screenshot of the current page at desktop and mobile width into
 * e2e/screenshots/ (kept out of git), for people to look at after a run.
 */
export async function screenshotBoth(page: Page, name: string): Promise<void> {
  const original = page.viewportSize();
  for (const [label, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    await screenshotAs(page, name, label);
  }
  if (original) await page.setViewportSize(original);
}

/** The same, at the page's current size only, saved under that size's label. */
export async function screenshotAs(page: Page, name: string, label: string): Promise<void> {
  await loadAllImages(page);
  await page.screenshot({ path: `e2e/screenshots/${name}-${label}.png`, fullPage: true });
}
