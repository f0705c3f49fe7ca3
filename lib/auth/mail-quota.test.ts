// Account mails a person asks for again (인증 메일 다시 받기, 비밀번호 찾기) against the real Redis:
// within the cooldown they are refused with the seconds to wait, in the words the forms show.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { requestPasswordReset } from "@/lib/auth/account";
import { MAIL_COOLDOWN_SECONDS, resendVerification } from "@/lib/auth/verification";
import { db } from "@/lib/db";
import { describeFailure, DomainError } from "@/lib/errors";
import { clearRateLimits, closeData } from "@/e2e/support/data";

beforeEach(clearRateLimits);
afterAll(async () => {
  await closeData();
  await db.$disconnect();
});

const email = () => `quota.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}@example.com`;

/** The refusal of the second ask within the cooldown, as the API answers it. */
async function secondAsk(ask: (email: string) => Promise<void>) {
  const address = email();
  await ask(address);
  const error = await ask(address).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).key).toBe("MAIL_COOLDOWN");
  return describeFailure(error as DomainError);
}

describe("mail cooldown", () => {
  it("인증 메일: 429 RATE_LIMITED naming the seconds left, which Retry-After carries too", async () => {
    const failure = await secondAsk(resendVerification);
    expect(failure).toMatchObject({ status: 429, code: "RATE_LIMITED" });
    expect(failure.retryAfterSeconds).toBeGreaterThan(0);
    expect(failure.retryAfterSeconds).toBeLessThanOrEqual(MAIL_COOLDOWN_SECONDS);
    expect(failure.message).toBe(`인증 메일은 ${failure.retryAfterSeconds}초 뒤에 다시 받을 수 있어요.`);
  });

  it("비밀번호 찾기: the same refusal, worded for any mail", async () => {
    const failure = await secondAsk(requestPasswordReset);
    expect(failure).toMatchObject({ status: 429, code: "RATE_LIMITED" });
    expect(failure.message).toBe(`메일은 ${failure.retryAfterSeconds}초 뒤에 다시 받을 수 있어요.`);
  });
});
