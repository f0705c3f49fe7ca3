import { expect, test } from "@playwright/test";
import { startWorkers } from "../scripts/lib/worker-process";
import { loginThroughForm, useSession } from "./support/browser";
import { AppClient } from "./support/client";
import { clearRateLimits, closeData, sql } from "./support/data";
import { postEvent, type CreatedEvent } from "./support/event-console";
import { DEMO_PASSWORD, uniqueEmail } from "./support/env";
import { deliveryStats, holdNextMailTo, mailsTo, releaseHeldMail } from "./support/mail";
import { createMembers } from "./support/members";
import { startOwnDeployment } from "./support/own-deployment";
import { screenshotBoth } from "./support/screenshots";

// 오픈 알림 on an upcoming event's page: the toggle, its state after load on a page cached for
// everyone, and the mail that follows at startsAt − COUPON_REMINDER_LEAD_SECONDS (seconds in the
// test stack), exactly once while three worker processes take jobs, and exactly once when the
// worker sending it is killed and another takes the job over.

const LEAD_MS = Number(process.env.COUPON_REMINDER_LEAD_SECONDS) * 1000;

test.beforeEach(clearRateLimits);
test.afterAll(closeData);

/** An event opening `msFromNow` from now, by the demo marketer (through `via`, another deployment's URL). */
async function upcomingEvent(msFromNow: number, via?: string): Promise<CreatedEvent & { title: string; startsAt: number }> {
  const marketer = new AppClient({ via });
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

    // The page is the same for everyone; the pressed state is this viewer's, after load, in the
    // page view's one viewer request although the button's script loads apart (lazy-reminder-button.tsx).
    const viewerRequests: string[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).pathname === "/api/me/viewer") viewerRequests.push(r.url());
    });
    await page.reload();
    await expect(page.getByRole("button", { name: "오픈 알림 받기" })).toHaveAttribute("aria-pressed", "true");
    await page.waitForLoadState("networkidle");
    expect(viewerRequests).toHaveLength(1);

    await expect.poll(async () => (await mailsTo(email)).length, { timeout: remindAt - Date.now() + 6_000, intervals: [250] }).toBe(1);
    await page.waitForTimeout(2_500); // a duplicate would have arrived by now
    const mails = await mailsTo(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe(`[컴공방] ${event.title} 쿠폰이 ${LEAD_MS / 1000}초 뒤 열려요`);
    expect(mails[0]!.html).toContain(`/events/${event.id}`);
    const sentAt = Date.parse(mails[0]!.created_at);
    expect(sentAt).toBeGreaterThanOrEqual(remindAt - 100);
    // At the lead, not early; and in any case before the event opens (a later reminder is useless).
    expect(sentAt).toBeLessThan(event.startsAt);
  } finally {
    await Promise.all(extraWorker.map((w) => w.stop()));
  }
});

test("the worker sending the reminder is killed before it hears back: a second worker sends it again under the same key, one mail", async ({ page, context }) => {
  test.setTimeout(180_000);
  // A deployment of its own, so this spec knows which worker holds the job (the stack's two take
  // nothing from its queue), with a killed worker's mail job given to another after 10 s, not 60,
  // and a lead long enough for that to happen before the event opens (a reminder is never late).
  const lead = 60_000;
  const deployment = await startOwnDeployment({ MAIL_JOB_TIMEOUT_SECONDS: "10", COUPON_REMINDER_LEAD_SECONDS: String(lead / 1000) });
  try {
    const first = deployment.startWorker();
    await first.ready;
    const [member] = await createMembers(1, "pwkill");
    const email = uniqueEmail("killed");
    await sql().query("UPDATE members SET email = $1 WHERE id = $2", [email, member!.id]);
    const event = await upcomingEvent(lead + 40_000, deployment.url); // time to subscribe through a cold instance
    // The outbox takes the reminder at once but keeps its sender waiting for the answer.
    await holdNextMailTo(email);

    await useSession(context, member!.cookie);
    await page.goto(`${deployment.url}/events/${event.id}`);
    const toggle = page.getByRole("button", { name: "오픈 알림 받기" });
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");

    // The only worker sent it and waits for Resend's answer: the mail is out, the job still its.
    await expect.poll(async () => (await mailsTo(email)).length, { timeout: event.startsAt - lead - Date.now() + 10_000, intervals: [250] }).toBe(1);
    expect((await deployment.jobs("mail")).map((j) => j.state)).toEqual(["active"]);
    const second = deployment.startWorker();
    await first.kill();

    // pg-boss fails the dead worker's job by timeout and the second worker takes it: the mail is
    // not recorded sent, so it goes again with the same idempotency key, which the outbox answers
    // from the first delivery. Then it is recorded and the job completed, before the event opens.
    await second.ready;
    await expect.poll(async () => (await deployment.jobs("mail")).map((j) => j.state), { timeout: event.startsAt - Date.now() }).toEqual(["completed"]);
    const recorded = await sql().query<{ sent_for: Date }>("SELECT sent_for FROM reminder_subscriptions WHERE user_id = $1 AND event_id = $2", [member!.id, event.id]);
    expect(recorded.rows[0]!.sent_for.getTime()).toBe(event.startsAt);
    expect(await mailsTo(email)).toHaveLength(1);
    expect(await deliveryStats(event.title)).toEqual({ delivered: 1, recipients: 1, duplicates: 0 });
  } finally {
    await releaseHeldMail();
    await deployment.stop();
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

  // An event opening sooner than the lead: no button, the page says it opens soon. The browser's
  // clock stands still inside the lead, so a slow load cannot carry the page past the opening.
  const soon = await upcomingEvent(LEAD_MS - 500);
  await page.clock.setFixedTime(soon.startsAt - LEAD_MS / 2);
  await page.goto(`/events/${soon.id}`);
  await expect(page.getByText("곧 열려요!")).toBeVisible();
  await expect(page.getByRole("button", { name: "오픈 알림 받기" })).toHaveCount(0);
});
