// Email signup against the real PostgreSQL, Redis and mail outbox: an unverified signup never
// holds an address (the latest wins, older links die), stale ones are purged, and the answer
// is the same for registered and new addresses.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { PENDING_SIGNUP_HOURS, purgeStaleSignups, signup } from "@/lib/auth/signup";
import { verifyEmail } from "@/lib/auth/verification";
import { db } from "@/lib/db";
import { clearRateLimits, closeData } from "@/e2e/support/data";
import { mailsTo, tokenFrom, waitForMail } from "@/e2e/support/mail";
import { tag } from "@/scripts/test/fixtures";

beforeEach(clearRateLimits);
afterAll(async () => {
  await closeData();
  await db.$disconnect();
});

const email = () => `signup.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}@example.com`;
const agreements = { terms: true, privacy: true, age14: true, marketing: false } as const;
const ATTACKER_PASSWORD = "공격자의-비밀번호-2026";
const OWNER_PASSWORD = "주인의-진짜-비밀번호-2026";

/** The verification link mailed for the signup with this nickname. */
async function linkFor(address: string, nickname: string): Promise<string> {
  await waitForMail(address, "인증");
  const mail = (await mailsTo(address)).find((m) => m.subject.includes("인증") && (m.text ?? "").includes(nickname));
  if (!mail) throw new Error(`no verification mail for ${nickname}`);
  return tokenFrom(mail, "/verify-email");
}

describe("signup of an unverified address", () => {
  it("the latest signup wins: its password, nickname and agreements, and only its link verifies", async () => {
    const address = email();
    const attacker = `공격${tag()}`;
    const owner = `주인${tag()}`;
    await signup({ email: address, nickname: attacker, password: ATTACKER_PASSWORD, agreements });
    // Within the 60-second cooldown the attacker's mail started: the owner's mail still goes.
    await signup({ email: address, nickname: owner, password: OWNER_PASSWORD, agreements: { ...agreements, marketing: true } });

    const rows = await db.member.findMany({ where: { email: address } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.nickname).toBe(owner);
    expect(rows[0]).toMatchObject({ termsAgreedAt: expect.any(Date), privacyAgreedAt: expect.any(Date), age14ConfirmedAt: expect.any(Date), marketingConsentAt: expect.any(Date) });
    expect(await verifyPassword(rows[0]!.passwordHash!, OWNER_PASSWORD)).toBe(true);
    expect(await verifyPassword(rows[0]!.passwordHash!, ATTACKER_PASSWORD)).toBe(false);

    await expect(verifyEmail(await linkFor(address, attacker))).rejects.toMatchObject({ key: "VERIFY_LINK_INVALID" });
    expect((await db.member.findUniqueOrThrow({ where: { email: address } })).emailVerified).toBeNull();
    expect(await verifyEmail(await linkFor(address, owner))).toMatchObject({ email: address, sameBrowser: false });
    expect((await db.member.findUniqueOrThrow({ where: { email: address } })).emailVerified).not.toBeNull();
  });

  it("a re-signup may keep the nickname its own pending signup holds; others may not take it", async () => {
    const address = email();
    const nickname = `재가입${tag()}`;
    await signup({ email: address, nickname, password: ATTACKER_PASSWORD, agreements });
    await signup({ email: address, nickname, password: OWNER_PASSWORD, agreements });
    await expect(signup({ email: email(), nickname, password: OWNER_PASSWORD, agreements })).rejects.toMatchObject({ key: "NICKNAME_TAKEN", detail: { field: "nickname" } });
    expect(await db.member.count({ where: { nickname } })).toBe(1);
  });

  it("a verified account is never replaced: same answer, a notice mail instead", async () => {
    const address = email();
    const nickname = `검증${tag()}`;
    await signup({ email: address, nickname, password: OWNER_PASSWORD, agreements });
    expect(await verifyEmail(await linkFor(address, nickname))).toMatchObject({ email: address, sameBrowser: false });
    await clearRateLimits();

    await signup({ email: address, nickname: `침입${tag()}`, password: ATTACKER_PASSWORD, agreements });
    await waitForMail(address, "이미 가입된");
    const member = await db.member.findUniqueOrThrow({ where: { email: address } });
    expect(member.nickname).toBe(nickname);
    expect(await verifyPassword(member.passwordHash!, OWNER_PASSWORD)).toBe(true);
  });

  it("concurrent signups of one address make one member, with one of their passwords and nicknames", async () => {
    const address = email();
    const nicknames = Array.from({ length: 8 }, (_, i) => `동시${tag()}${i}`);
    const answers = await Promise.allSettled(nicknames.map((nickname, i) => signup({ email: address, nickname, password: `${OWNER_PASSWORD}-${i}`, agreements })));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill("fulfilled"));
    const [member] = await db.member.findMany({ where: { email: address } });
    expect(await db.member.count({ where: { email: address } })).toBe(1);
    const winner = nicknames.indexOf(member!.nickname);
    expect(await verifyPassword(member!.passwordHash!, `${OWNER_PASSWORD}-${winner}`)).toBe(true);
    // No other nickname of the race was left behind holding its name.
    expect(await db.member.count({ where: { nickname: { in: nicknames } } })).toBe(1);
  });
});

describe("purgeStaleSignups", () => {
  it(`deletes unverified email signups older than ${PENDING_SIGNUP_HOURS} h, and nothing else`, async () => {
    const old = new Date(Date.now() - (PENDING_SIGNUP_HOURS + 1) * 3600_000);
    const make = (data: { email: string | null; emailVerified: Date | null; createdAt: Date }) => {
      const nickname = `퍼지${tag()}`;
      return db.member.create({ data: { ...data, nickname, nicknameKey: nickname, passwordHash: data.email ? "x" : null }, select: { id: true } });
    };
    const stale = await make({ email: email(), emailVerified: null, createdAt: old });
    const fresh = await make({ email: email(), emailVerified: null, createdAt: new Date() });
    const verified = await make({ email: email(), emailVerified: old, createdAt: old });
    const kakaoOnly = await make({ email: null, emailVerified: null, createdAt: old });

    await signup({ email: email(), nickname: `트리거${tag()}`, password: OWNER_PASSWORD, agreements });
    const left = await db.member.findMany({ where: { id: { in: [stale.id, fresh.id, verified.id, kakaoOnly.id] } }, select: { id: true } });
    expect(left.map((m) => m.id).sort()).toEqual([fresh.id, verified.id, kakaoOnly.id].sort());
    expect(await purgeStaleSignups()).toBe(0);
  });
});
