// Follower news (issue #16 item 5), as people meet it: an owner schedules a follower coupon in
// 작가 스튜디오; a follower who agreed to 광고성 정보 gets one mail with (광고), the sender's name and
// the unsubscribe headers, one who did not gets none; both have a 마이페이지 알림, counted by the
// header's badge until the notifications page is seen; an edit of the coupon comes back as an
// unread 알림, not a second mail; the mail's 수신거부 link stops further ads. At night the mail waits.
import { expect, test, type Page } from "@playwright/test";
import { loginThroughForm, useSession } from "./support/browser";
import { AppClient } from "./support/client";
import { clearRateLimits, closeData, count, sql } from "./support/data";
import { DEMO_PASSWORD } from "./support/env";
import { postEvent } from "./support/event-console";
import { mailsTo } from "./support/mail";
import { createMembers, type TestMember } from "./support/members";
import { startOwnDeployment } from "./support/own-deployment";
import { screenshotBoth } from "./support/screenshots";

test.beforeEach(clearRateLimits);
test.afterAll(closeData);

/** "2026-11-25T14:03" in Korea time, as a datetime-local field wants it. */
const koreaLocal = (ms: number) => new Date(ms + 9 * 3_600_000).toISOString().slice(0, 16);

/** Followers of the demo owner's atelier with an address each; `agreed` to 광고성 정보 수신 or not. */
async function followers(agreed: boolean): Promise<TestMember & { email: string }> {
  const [member] = await createMembers(1, agreed ? "newsyes" : "newsno");
  const email = `${member!.id}@example.com`;
  await sql().query("UPDATE members SET email = $2, marketing_consent_at = CASE WHEN $3 THEN now() END WHERE id = $1", [member!.id, email, agreed]);
  // The follow row and the atelier's count in one statement, as lib/follows.ts keeps them (count == rows).
  await sql().query(
    `WITH f AS (INSERT INTO follows (user_id, atelier_id) SELECT $1, a.id FROM ateliers a JOIN members o ON o.id = a.owner_id WHERE o.email = 'owner@example.com' RETURNING atelier_id)
     UPDATE ateliers SET follower_count = follower_count + 1 WHERE id IN (SELECT atelier_id FROM f)`,
    [member!.id],
  );
  return { ...member!, email };
}

/** The demo owner schedules a follower coupon in 작가 스튜디오 at `origin` (the stack's, unless another deployment's): its id. */
async function scheduleFollowerCoupon(page: Page, title: string, opensAt: number, origin = ""): Promise<number> {
  await page.goto(`${origin}/login?callbackUrl=%2Fstudio%2Fcoupon-events%2Fnew`);
  await loginThroughForm(page, "owner@example.com", DEMO_PASSWORD);
  await page.getByRole("textbox", { name: "이벤트 제목" }).fill(title);
  await page.getByRole("radio", { name: "정액 할인" }).check();
  await page.getByRole("spinbutton", { name: "할인 금액" }).fill("3000");
  await page.getByRole("spinbutton", { name: "최소 주문 금액" }).fill("0");
  await page.getByRole("spinbutton", { name: "발급 수량" }).fill("30");
  await page.getByRole("spinbutton", { name: "사용 기간" }).fill("7");
  await page.getByLabel("시작 시각").fill(koreaLocal(opensAt));
  await page.getByLabel("종료 시각").fill(koreaLocal(opensAt + 86_400_000));
  await page.getByRole("button", { name: "이벤트 만들기" }).click();
  // A new coupon lands on its console.
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return Number(/\/studio\/coupon-events\/(\d+)$/.exec(page.url())![1]);
}

/** The news-mail batch jobs queued for an event on the stack's queue. */
const newsMailJobs = (eventId: number) => count("pgboss.job", "name = 'follower-news-mail' AND (data->>'eventId')::int = $1", [eventId]);

test("an owner's follower coupon: the consenting follower's (광고) mail, the badge and 알림, and a working 수신거부", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const fan = await followers(true);
  const quiet = await followers(false);

  const title = `팔로워 소식 ${Date.now().toString(36)}`;
  const opensAt = Math.ceil((Date.now() + 3_600_000) / 60_000) * 60_000;
  const eventId = await scheduleFollowerCoupon(page, title, opensAt);

  // Other specs' owner events may mail the same followers: this event's mail links to its page.
  const mailOf = async (id: number) => (await mailsTo(fan.email)).filter((m) => m.html?.includes(`/events/${id}"`));
  await expect.poll(async () => (await mailOf(eventId)).length, { timeout: 20_000 }).toBe(1);
  const [mail] = await mailOf(eventId);
  expect(mail!.subject).toMatch(/^\(광고\) .+ 팔로워 쿠폰: 3,000원 할인$/);
  expect(mail!.from).toMatch(/^컴공방 </);
  expect(mail!.headers?.["List-Unsubscribe"]).toMatch(/^<http.+\/api\/unsubscribe\?token=.+>$/);
  expect(mail!.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  await expect.poll(() => count("notifications n JOIN coupon_events e ON e.id = n.event_id", "n.user_id = $1 AND e.title = $2", [quiet.id, title])).toBe(1);
  expect(await mailsTo(quiet.email)).toHaveLength(0);

  // The follower: the header counts it, the notifications page lists it and reads it.
  const context = await browser.newContext();
  await useSession(context, fan.cookie);
  const fanPage = await context.newPage();
  await fanPage.goto("/");
  await fanPage.getByRole("link", { name: /^알림 \d+개$/ }).click();
  await expect(fanPage).toHaveURL(/\/mypage\/notifications$/);
  const item = fanPage.getByRole("article").filter({ hasText: title });
  await expect(item).toContainText("팔로워 쿠폰 3,000원 할인");
  await expect(item).toContainText("새 알림");
  await expect(fanPage.getByRole("navigation", { name: "내 메뉴" }).getByRole("link", { name: "알림", exact: true })).toBeVisible();
  await screenshotBoth(fanPage, "mypage-notifications");

  // The owner raises the discount before it opens: no second mail is queued; the follower's 알림
  // comes back unread with the new terms, saying they changed.
  const queued = await newsMailJobs(eventId);
  await page.getByRole("spinbutton", { name: "할인 금액" }).fill("5000");
  await page.getByRole("button", { name: "이벤트 수정" }).click();
  await expect(page.getByRole("region", { name: "쿠폰 조건" })).toContainText("5,000원");
  expect(await newsMailJobs(eventId)).toBe(queued);
  await fanPage.goto("/");
  await fanPage.getByRole("link", { name: /^알림 \d+개$/ }).click();
  const changed = fanPage.getByRole("article").filter({ hasText: title });
  await expect(changed).toContainText("팔로워 쿠폰 5,000원 할인");
  await expect(changed).toContainText("새 알림");
  await expect(changed).toContainText("쿠폰 조건이 바뀌었어요");
  expect(await mailOf(eventId)).toHaveLength(1);

  // The mail's 수신거부 link, opened without logging in.
  const link = /href="([^"]*\/unsubscribe\?token=[^"]+)"/.exec(mail!.html ?? "")?.[1]?.replaceAll("&amp;", "&");
  expect(link).toBeTruthy();
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(link!);
  await stranger.getByRole("button", { name: "수신거부하기" }).click();
  await expect(stranger.getByRole("status")).toContainText("수신거부가 처리되었어요");

  // The next follower coupon: a notification, no more advertising mail.
  const owner = new AppClient();
  await owner.login("owner@example.com", DEMO_PASSWORD);
  const next = await postEvent(owner, { title: `${title} 두 번째`, startsAt: new Date(opensAt).toISOString(), endsAt: new Date(opensAt + 3_600_000).toISOString() }, "/api/studio/coupon-events");
  await expect.poll(() => count("notifications", "user_id = $1 AND event_id = $2", [fan.id, next.id])).toBe(1);
  await fanPage.waitForTimeout(3000); // the workers poll every second: a mail would be here by now
  expect(await mailOf(next.id)).toHaveLength(0);
  await context.close();
});

/** Whole hours in Korea time (UTC+9) of an instant. */
const koreaHour = (ms: number) => new Date(ms + 9 * 3_600_000).getUTCHours();

/** The next `hour`:00 in Korea after `ms`. */
function nextKoreaHour(hour: number, ms: number): number {
  const day = 86_400_000;
  const kstDayStart = Math.floor((ms + 9 * 3_600_000) / day) * day - 9 * 3_600_000;
  const today = kstDayStart + hour * 3_600_000;
  return today > ms ? today : today + day;
}

test("at night the news waits: the follower has the 알림 at once, no mail goes, and the batch is due when the quiet hours end", async ({ page, browser }) => {
  test.setTimeout(180_000); // an app instance of its own starts first
  // The stack's workers send follower news at any hour (ADVERTISING_QUIET_HOURS=off) and would
  // take this coupon's jobs from a shared queue. A deployment of its own keeps quiet hours that
  // hold now: from this hour until 08:00 KST (until 10:00 from 07:00 or 08:00, so the window
  // cannot end while the spec runs).
  const from = koreaHour(Date.now());
  const until = from === 7 || from === 8 ? 10 : 8;
  const night = await startOwnDeployment({ ADVERTISING_QUIET_HOURS: `${from}-${until}` });
  try {
    night.startWorker();
    const fan = await followers(true);
    const title = `밤의 팔로워 소식 ${Date.now().toString(36)}`;
    const eventId = await scheduleFollowerCoupon(page, title, Date.now() + 3_600_000, night.url);

    // The fan-out ran: the follower's 알림 is there (on the stack's own pages: one shop).
    await expect.poll(async () => (await night.jobs("follower-news")).map((j) => j.state)).toEqual(["completed"]);
    const context = await browser.newContext();
    await useSession(context, fan.cookie);
    const fanPage = await context.newPage();
    await fanPage.goto("/");
    await fanPage.getByRole("link", { name: /^알림 \d+개$/ }).click();
    await expect(fanPage.getByRole("article").filter({ hasText: title })).toContainText("팔로워 쿠폰 3,000원 할인");

    // Its mail batches (one per 100 consenting followers) wait for the end of the quiet hours, and nothing went out.
    const batches = await night.jobs("follower-news-mail");
    expect(batches.length).toBeGreaterThan(0);
    const due = nextKoreaHour(until, Date.now());
    for (const job of batches) expect({ state: job.state, due: job.startAfter.getTime(), eventId: job.data.eventId }).toEqual({ state: "created", due, eventId });
    expect((await mailsTo(fan.email)).filter((m) => m.html?.includes(`/events/${eventId}"`))).toHaveLength(0);
    await context.close();
  } finally {
    await night.stop();
  }
});
