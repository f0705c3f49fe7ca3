// Coupon events as HTTP tests meet them: a marketer creates one through the console API, and
// members claim with their session cookies.
import { AppClient } from "./client";
import { clearRateLimits } from "./data";
import { DEMO_PASSWORD, testEnv } from "./env";
import { postEvent } from "./event-console";
import type { TestMember } from "./members";

/** The demo marketer, signed in. */
export async function marketerClient(): Promise<AppClient> {
  await clearRateLimits();
  const marketer = new AppClient();
  await marketer.login("marketer@example.com", DEMO_PASSWORD);
  return marketer;
}

/** An event open from now for an hour (100 coupons of 3,000원 unless overridden); its id. */
export async function createEvent(marketer: AppClient, overrides: Record<string, unknown> = {}): Promise<number> {
  return (await postEvent(marketer, overrides)).id;
}

/** 쿠폰 받기 as a member (at the test stack's app unless another is named): the status, Retry-After and body. */
export const claim = (member: TestMember, eventId: number, appUrl = testEnv.appUrl) =>
  fetch(`${appUrl}/api/coupon-events/${eventId}/claim`, { method: "POST", headers: { cookie: member.cookie } }).then(async (r) => ({
    status: r.status,
    retryAfter: r.headers.get("retry-after"),
    body: await r.json(),
  }));

export type ClaimAnswer = Awaited<ReturnType<typeof claim>>;

/**
 * 쿠폰 받기 as a person does it: while the waiting room answers 202, the same POST again after
 * its Retry-After, until decided. The deciding answer, with every answer on the way (`answers`).
 */
export async function claimUntilDecided(member: TestMember, eventId: number, appUrl = testEnv.appUrl): Promise<ClaimAnswer & { answers: ClaimAnswer[] }> {
  const answers: ClaimAnswer[] = [];
  for (;;) {
    const answer = await claim(member, eventId, appUrl);
    answers.push(answer);
    if (answer.status !== 202) return { ...answer, answers };
    if (answers.length >= 100) throw new Error(`${member.id} still waiting after 100 attempts`);
    await new Promise((resolve) => setTimeout(resolve, Number(answer.retryAfter) * 1000));
  }
}

/** How many answers had each status. */
export const tally = (answers: { status: number }[]) => answers.reduce<Record<number, number>>((t, a) => ({ ...t, [a.status]: (t[a.status] ?? 0) + 1 }), {});
