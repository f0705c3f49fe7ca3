// Wrong-password delays against the real Redis and PostgreSQL: per (account, client address)
// at login (lib/auth/login.ts runs this check), per member behind a session, and what clears them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changePassword, deleteAccount } from "@/lib/auth/account";
import { hashPassword } from "@/lib/auth/password";
import { checkPassword, clearPasswordFailures, FREE_FAILURES, lockedSeconds, loginScope, MAX_DELAY_MS } from "@/lib/auth/password-failures";
import { db } from "@/lib/db";
import { describeFailure, DomainError, type Failure } from "@/lib/errors";
import { tag } from "@/scripts/test/fixtures";

const PASSWORD = "도자기-굽는-주말-2026";
let passwordHash: string;

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(() => db.$disconnect());

async function newMember() {
  const nickname = `${tag()}로그인`;
  const email = `login.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}@example.com`;
  const { id } = await db.member.create({ data: { email, nickname, nicknameKey: nickname.toLowerCase(), passwordHash, emailVerified: new Date() }, select: { id: true } });
  return { id, email };
}

/** The password check of a login (lib/auth/login.ts) from `address`: "ok", "invalid" or "locked". */
const login = async (email: string, password: string, address: string) => {
  const check = await checkPassword(loginScope(email, address), passwordHash, password);
  return check.ok ? "ok" : check.retryAfterSeconds ? "locked" : "invalid";
};
const loginLockSeconds = (email: string, address: string) => lockedSeconds(loginScope(email, address));

/** A domain failure that the API answers as `expected` (status, wire code, fields, Retry-After). */
const refusedWith = (expected: Partial<Failure>) => (error: unknown) => {
  expect(error).toBeInstanceOf(DomainError);
  expect(describeFailure(error as DomainError)).toMatchObject(expected);
  return true;
};

describe("login failures per (account, address)", () => {
  it("lets 5 wrong passwords pass, then delays 1 s, 2 s, 4 s … up to the cap, counting tries made while locked", async () => {
    const { email } = await newMember();
    for (let i = 0; i < FREE_FAILURES; i++) {
      expect(await loginLockSeconds(email, "10.1.0.1")).toBe(0);
      expect(await login(email, "wrong-password-1", "10.1.0.1")).toBe("invalid");
    }
    expect(await loginLockSeconds(email, "10.1.0.1")).toBe(1);
    const delays: number[] = [];
    for (let i = 0; i < 12; i++) {
      expect(await login(email, PASSWORD, "10.1.0.1")).toBe("locked");
      delays.push(await loginLockSeconds(email, "10.1.0.1"));
    }
    expect(delays.slice(0, 9)).toEqual([2, 4, 8, 16, 32, 64, 128, 256, 512]);
    expect(delays.slice(9)).toEqual(Array(3).fill(MAX_DELAY_MS / 1000));
  });

  it("never locks the account at another address: the owner logs in while an attacker is locked", async () => {
    const member = await newMember();
    for (let i = 0; i < 20; i++) await login(member.email, `guess-${i}-password`, "10.2.0.1");
    expect(await login(member.email, PASSWORD, "10.2.0.1")).toBe("locked");
    expect(await login(member.email, PASSWORD, "10.2.0.2")).toBe("ok");
    expect(await loginLockSeconds(member.email, "10.2.0.2")).toBe(0);
  });

  it("the right password forgets that address's failures", async () => {
    const member = await newMember();
    for (let i = 0; i < FREE_FAILURES - 1; i++) await login(member.email, "wrong-password-1", "10.3.0.1");
    expect(await login(member.email, PASSWORD, "10.3.0.1")).toBe("ok");
    for (let i = 0; i < FREE_FAILURES - 1; i++) expect(await login(member.email, "wrong-password-1", "10.3.0.1")).toBe("invalid");
    expect(await loginLockSeconds(member.email, "10.3.0.1")).toBe(0);
  });

  it("a completed reset forgets every address's failures and the member's", async () => {
    const member = await newMember();
    for (const address of ["10.4.0.1", "10.4.0.2"]) for (let i = 0; i < FREE_FAILURES + 2; i++) await login(member.email, "wrong-password-1", address);
    for (let i = 0; i < FREE_FAILURES + 1; i++) await changePassword(member.id, "sid", "wrong-password-1", "새로운-비밀번호-2026").catch(() => {});
    expect(await login(member.email, PASSWORD, "10.4.0.1")).toBe("locked");
    await clearPasswordFailures(member);
    expect(await login(member.email, PASSWORD, "10.4.0.1")).toBe("ok");
    expect(await login(member.email, PASSWORD, "10.4.0.2")).toBe("ok");
    await expect(changePassword(member.id, "sid", "wrong-password-1", "새로운-비밀번호-2026")).rejects.toSatisfy(refusedWith({ status: 400, code: "WRONG_PASSWORD" }));
  });
});

describe("password checks behind a session", () => {
  it("changing the password: 5 wrong current passwords are 400, then 429 with a retry time, even for the right one", async () => {
    const member = await newMember();
    for (let i = 0; i < FREE_FAILURES; i++) {
      await expect(changePassword(member.id, "sid", "wrong-password-1", "새로운-비밀번호-2026")).rejects.toSatisfy(refusedWith({ status: 400, code: "WRONG_PASSWORD", fields: { currentPassword: [expect.any(String)] } }));
    }
    await expect(changePassword(member.id, "sid", PASSWORD, "새로운-비밀번호-2026")).rejects.toSatisfy(refusedWith({ status: 429, code: "RATE_LIMITED", retryAfterSeconds: 2 }));
  });

  it("deleting the account shares the member's count and refuses while locked, deleting nothing", async () => {
    const member = await newMember();
    for (let i = 0; i < FREE_FAILURES; i++) await changePassword(member.id, "sid", "wrong-password-1", "새로운-비밀번호-2026").catch(() => {});
    await expect(deleteAccount(member.id, { password: PASSWORD })).rejects.toSatisfy(refusedWith({ status: 429, retryAfterSeconds: expect.any(Number) }));
    expect(await db.member.count({ where: { id: member.id } })).toBe(1);
  });
});
