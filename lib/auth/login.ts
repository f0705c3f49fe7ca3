import "server-only";
import { CredentialsSignin, type User } from "next-auth";
import { hashPassword } from "@/lib/auth/password";
import { checkPassword, lockedSeconds, loginScope } from "@/lib/auth/password-failures";
import { clientIp } from "@/lib/client-ip";
import { db } from "@/lib/db";
import { identify, limits } from "@/lib/rate-limit";
import { loginSchema } from "@/lib/validation/auth";

export type LoginErrorCode = "invalid" | "unverified" | "locked" | "too_many";

/** A refused login. Its code travels in the redirect URL, so it never says which part was wrong. */
class LoginError extends CredentialsSignin {
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
 * - per (account, address): growing delays after 5 wrong passwords (lib/auth/password-failures.ts),
 *   during which even the right password is refused from that address, never from another;
 * - unknown email and wrong password take the same time and give the same answer;
 * - a correct password on an unverified account is told so (it proves the password).
 */
export async function authorizeCredentials(raw: unknown, request: Request): Promise<User> {
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) throw new LoginError("invalid");
  const { email, password } = parsed.data;
  const address = clientIp(request.headers);
  const byIp = await limits.loginByIp.limit(identify(address));
  if (!byIp.success) throw new LoginError("too_many");

  const member = await db.member.findUnique({ where: { email } });
  const check = await checkPassword(loginScope(email, address), member?.passwordHash ?? (await (dummyHash ??= hashPassword("not-a-real-password-0"))), password);
  if (!check.ok) throw new LoginError(check.retryAfterSeconds ? "locked" : "invalid");
  if (!member?.passwordHash) throw new LoginError("invalid");
  if (!member.emailVerified) throw new LoginError("unverified");
  return { id: member.id, email: member.email, name: member.nickname, nickname: member.nickname, role: member.role };
}

/** Seconds until this address may try this account again (0 when it is not locked). */
export async function loginLockSeconds(email: string, address: string): Promise<number> {
  return lockedSeconds(loginScope(email, address));
}
