import { expect, test } from "@playwright/test";
import { startWorkers } from "../scripts/lib/worker-process";
import { loginThroughForm, useSession } from "./support/browser";
import { AppClient } from "./support/client";
import { clearRateLimits, closeData, sql } from "./support/data";
import { postEvent, type CreatedEvent } from "./support/event-console";
import { DEMO_PASSWORD, uniqueEmail } from "./support/env";
import { mailsTo } from "./support/mail";
import { createMembers } from "./support/members";
import { screenshotBoth } from "./support/screenshots";

// 오픈 알림 on an upcoming event's page: the toggle, its state after load on a page cached for
// everyone, and the mail that follows at startsAt − COUPON_REMINDER_LEAD_SECONDS (seconds in the
// test stack), exactly once while three worker processes take jobs.

const LEAD_MS = Number(process.env.COUPON_REMINDER_LEAD_SECONDS) * 1000;

test.beforeEach(clearRateLimits);
test.afterAll(closeData);

/** An event opening `msFromNow` from now, by the demo marketer. */
async function upcomingEvent(msFromNow: number): Promise<CreatedEvent & { title: string; startsAt: number }> {
  const marketer = new AppClient();
  await marketer.login("marketer@example.com", DEMO_PASSWORD);
  const title = `오픈 알림 쿠폰 ${Date.now().toString(36)}`;
  const startsAt = Date.now() + msFromNow;
  const event = await postEvent(marketer, { title, startsAt: new Date(startsAt).toISOString(), endsAt: new Date(startsAt + 3_600_000).toISOString() });
  return { ...event, title, startsAt };
}

test("subscribe with the button: one reminder mail at startsAt − lead, with a third worker process running", async ({ page, context }) => {
  const extraWorker = startWorkers(process.env as Record<string, string>, 1, { quiet: true });
  try {
    const [member] = await createMembers(1, "pwremind");
    const email = uniqueEmail("remind");
    await sql().query("UPDATE members SET email = $1 WHERE id = $2", [email, member!.id]);
    const event = await upcomingEvent(LEAD_MS + 20_000);
    const remindAt = event.startsAt - LEAD_MS;
    await useSession(context, member!.cookie);

    await page.goto(`/events/${event.id}`);
    const toggle = page.getByRole("button", { name: "오픈 알림 받기" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await screenshotBoth(page, "reminder-off");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByText("신청했어요.")).toBeVisible();
    await screenshotBoth(page, "reminder-on");

    // The page is the same for everyone; the pressed state is this viewer's, after load.
    await page.reload();
    await expect(page.getByRole("button", { name: "오픈 알림 받기" })).toHaveAttribute("aria-pressed", "true");

    await expect.poll(async () => (await mailsTo(email)).length, { timeout: remindAt - Date.now() + 6_000, intervals: [250] }).toBe(1);
    await page.waitForTimeout(2_500); // a duplicate would have arrived by now
    const mails = await mailsTo(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe(`[컴공방] ${event.title} 쿠폰이 ${LEAD_MS / 1000}초 뒤 열려요`);
    expect(mails[0]!.html).toContain(`/events/${event.id}`);
    const sentAt = Date.parse(mails[0]!.created_at);
    expect(sentAt).toBeGreaterThanOrEqual(remindAt - 100);
    expect(sentAt).toBeLessThan(remindAt + 3_500);
  } finally {
    await Promise.all(extraWorker.map((w) => w.stop()));
  }
});

test("a visitor's 오픈 알림 goes through login and comes back done; inside the lead it says it opens soon", async ({ page }) => {
  const event = await upcomingEvent(3_600_000);
  await page.goto(`/events/${event.id}`);
  await page.getByRole("button", { name: "오픈 알림 받기" }).click();
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await loginThroughForm(page, "shopper6@example.com", DEMO_PASSWORD);
  await expect(page).toHaveURL(new RegExp(`/events/${event.id}$`));
  await expect(page.getByRole("button", { name: "오픈 알림 받기" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("status").filter({ hasText: "오픈 알림을 신청했어요." })).toBeVisible();

  // An event opening sooner than the lead: no button, the page says it opens soon.
  const soon = await upcomingEvent(LEAD_MS / 2);
  await page.goto(`/events/${soon.id}`);
  await expect(page.getByText("곧 열려요!")).toBeVisible();
  await expect(page.getByRole("button", { name: "오픈 알림 받기" })).toHaveCount(0);
});
