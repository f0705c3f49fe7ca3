import "server-only";
import { agreementColumns } from "@/lib/auth/agreements";
import { nicknameKey } from "@/lib/auth/nickname";
import { hashPassword } from "@/lib/auth/password";
import { isCommonPassword } from "@/lib/auth/password-policy";
import { type LinkContext, mailWait, sendVerificationMail } from "@/lib/auth/verification";
import { clientIp } from "@/lib/client-ip";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { sendMail } from "@/lib/mail/send";
import { AlreadyRegisteredMail } from "@/lib/mail/templates";
import { identify, limits, secondsUntil } from "@/lib/rate-limit";
import type { Agreements } from "@/lib/validation/auth";

/** `callbackUrl` and `browser` go into the verification link (lib/auth/verification.ts). */
type SignupInput = { email: string; nickname: string; password: string; agreements: Agreements } & LinkContext;

/** An unverified signup older than this is deleted (see purgeStaleSignups). */
export const PENDING_SIGNUP_HOURS = 24;

const nicknameTaken = () => new DomainError("NICKNAME_TAKEN", { field: "nickname" });
const isUniqueViolation = (error: unknown): error is Prisma.PrismaClientKnownRequestError =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/** Signups from one client address: 20 an hour (checked after the input, so typos cost nothing). */
export async function limitSignups(headers: Headers): Promise<void> {
  const byIp = await limits.signupByIp.limit(identify(clientIp(headers)));
  if (!byIp.success) throw new DomainError("RATE_LIMITED", { retryAfterSeconds: secondsUntil(byIp.reset) });
}

/**
 * Email signup. Rules:
 * - An unverified signup never holds an address: whoever signs up for it next replaces it
 *   (password, nickname, agreements, signup time), and every link mailed for the older signup stops
 *   working (links are bound to the password hash they were sent for, lib/auth/verification.ts).
 *   So a stranger who signed up with your address first cannot get your verification click.
 * - The newest signup's mail goes out even within the resend cooldown (another person's
 *   signup may have started it); the hourly cap per address still holds.
 * - The answer for an address that already has a verified account is the same as for a new
 *   one (that address gets a mail saying so instead), and takes as long: the password is
 *   hashed and a mail is sent on both paths. The nickname is checked before the email for
 *   the same reason.
 * - Concurrent signups of one address make one member (unique email; the last write wins).
 * A common password (COMMON_PASSWORD) or a nickname another member holds (NICKNAME_TAKEN) throws.
 */
export async function signup(input: SignupInput): Promise<void> {
  if (isCommonPassword(input.password)) throw new DomainError("COMMON_PASSWORD", { field: "password" });
  const key = nicknameKey(input.nickname);
  const passwordHash = await hashPassword(input.password);
  await purgeStaleSignups();
  // The address's own pending signup does not hold the nickname against its replacement.
  const holder = await db.member.findUnique({ where: { nicknameKey: key }, select: { email: true, emailVerified: true } });
  if (holder && !(holder.email === input.email && !holder.emailVerified)) throw nicknameTaken();

  const pending = { email: input.email, nickname: input.nickname, nicknameKey: key, passwordHash, ...agreementColumns(input.agreements) };
  try {
    const member = await savePendingSignup(pending);
    if (member === "verified") {
      await notifyExistingAccount(input.email);
      return;
    }
    // Over the hourly cap the signup still stands; only its mail waits (resend).
    if (!(await mailWait(input.email, "verificationMails", { newSignup: true }))) await sendVerificationMail({ ...member, email: input.email, passwordHash }, input);
  } catch (error) {
    if (isUniqueViolation(error) && JSON.stringify(error.meta ?? {}).includes("nickname")) throw nicknameTaken();
    throw error;
  }
}

/**
 * Writes the signup as the address's pending one: replaces an unverified member with that
 * email, or creates one. "verified" when the address belongs to a verified member. A create
 * that loses the race to a concurrent signup (unique email) retries as a replace.
 */
async function savePendingSignup(data: { email: string; nickname: string; nicknameKey: string; passwordHash: string } & ReturnType<typeof agreementColumns>): Promise<{ id: string; nickname: string } | "verified"> {
  for (let attempt = 0; ; attempt++) {
    const [replaced] = await db.member.updateManyAndReturn({
      where: { email: data.email, emailVerified: null },
      data: { ...data, createdAt: new Date() },
      select: { id: true, nickname: true },
    });
    if (replaced) return replaced;
    try {
      return await db.member.create({ data, select: { id: true, nickname: true } });
    } catch (error) {
      const emailTaken = isUniqueViolation(error) && JSON.stringify(error.meta ?? {}).includes("email");
      if (!emailTaken) throw error;
      if (attempt > 0 || (await db.member.count({ where: { email: data.email, emailVerified: { not: null } } })) > 0) return "verified";
    }
  }
}

/**
 * Deletes unverified email signups older than PENDING_SIGNUP_HOURS. There is no job queue:
 * every signup runs this one statement (a few rows at most; unverified members own nothing,
 * since they can never log in). Kakao members without an email are not touched.
 */
export async function purgeStaleSignups(): Promise<number> {
  const before = new Date(Date.now() - PENDING_SIGNUP_HOURS * 3600_000);
  const { count } = await db.member.deleteMany({ where: { email: { not: null }, emailVerified: null, createdAt: { lt: before } } });
  return count;
}

async function notifyExistingAccount(email: string) {
  if (await mailWait(email, "verificationMails")) return;
  const loginUrl = new URL("/login", env.AUTH_URL).toString();
  const resetUrl = new URL("/forgot-password", env.AUTH_URL).toString();
  await sendMail(email, "[컴공방] 이미 가입된 이메일이에요", AlreadyRegisteredMail({ loginUrl, resetUrl }));
}
