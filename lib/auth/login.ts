import "server-only";
import { CredentialsSignin, type User } from "next-auth";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { clientIp } from "@/lib/client-ip";
import { db } from "@/lib/db";
import { identify, limits, secondsUntil } from "@/lib/rate-limit";
import { loginSchema } from "@/lib/validation/auth";

export type LoginErrorCode = "invalid" | "unverified" | "locked" | "too_many";

/** A refused login. Its code travels in the redirect URL, so it never says which part was wrong. */
export class LoginError extends CredentialsSignin {
  constructor(code: LoginErrorCode) {
    super();
    this.code = code;
  }
}

// Verified against when the email is unknown, so that answer takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;

/**
 * The Credentials provider's check. Rules, in order:
 * - per address: 60 attempts in 15 minutes;
 * - per account: after 10 failures in 15 minutes the account is locked until the window
 *   slides, even for the right password;
 * - unknown email and wrong password take the same time and give the same answer;
 * - a correct password on an unverified account is told so (it proves the password).
 */
export async function authorizeCredentials(raw: unknown, request: Request): Promise<User> {
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) throw new LoginError("invalid");
  const { email, password } = parsed.data;
  const account = identify(email);
  const [byIp, lock] = await Promise.all([limits.loginByIp.limit(identify(clientIp(request.headers))), limits.loginFailures.getRemaining(account)]);
  if (!byIp.success) throw new LoginError("too_many");
  if (lock.remaining <= 0) throw new LoginError("locked");

  const member = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(member?.passwordHash ?? (await (dummyHash ??= hashPassword("not-a-real-password-0"))), password);
  if (!member?.passwordHash || !valid) {
    await limits.loginFailures.limit(account);
    throw new LoginError("invalid");
  }
  if (!member.emailVerified) throw new LoginError("unverified");
  await limits.loginFailures.resetUsedTokens(account);
  return { id: member.id, email: member.email, name: member.nickname, nickname: member.nickname, role: member.role };
}

/** Seconds until a locked account may try again (0 when it is not locked). */
export async function loginLockSeconds(email: string): Promise<number> {
  const { remaining, reset } = await limits.loginFailures.getRemaining(identify(email));
  return remaining > 0 ? 0 : secondsUntil(reset);
}
