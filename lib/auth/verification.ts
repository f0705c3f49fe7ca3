import "server-only";
import { createHash } from "node:crypto";
import { consumeToken, issueToken, TOKEN_TTL_MINUTES } from "@/lib/auth/mail-link-tokens";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send";
import { PasswordResetMail, VerificationMail } from "@/lib/mail/templates";
import { identify, limits, secondsUntil } from "@/lib/rate-limit";
import { redis } from "@/lib/redis";
import { redisKeys } from "@/lib/redis-keys";

export const MAIL_COOLDOWN_SECONDS = 60;

type MailKind = "verificationMails" | "passwordResetMails";
const cooldownKey = (email: string, kind: MailKind) => redisKeys.verificationCooldown(identify(`${kind}:${email}`));

/**
 * Whether another account mail may go to this address now: at most one a minute (cooldown)
 * and five an hour. 0 when it may (and it is counted), else the seconds to wait. Applied to
 * every address alike, registered or not, so the answer reveals nothing about who has an account.
 *
 * `newSignup`: the mail for a signup that just replaced the address's pending one. It skips
 * the cooldown (which someone else's signup may have started, and the older links are dead
 * now) but restarts it, and counts toward the hourly cap like any other.
 */
export async function mailWait(email: string, hourly: MailKind, { newSignup = false } = {}): Promise<number> {
  const key = cooldownKey(email, hourly);
  const fresh = await redis.set(key, "1", newSignup ? { ex: MAIL_COOLDOWN_SECONDS } : { nx: true, ex: MAIL_COOLDOWN_SECONDS });
  if (fresh !== "OK") return Math.max(1, await redis.ttl(key));
  const hour = await limits[hourly].limit(identify(email));
  return hour.success ? 0 : secondsUntil(hour.reset);
}

const MAIL_NAMES: Record<MailKind, string> = { verificationMails: "인증 메일", passwordResetMails: "메일" };

/** A mail a person asked for: refused with MAIL_COOLDOWN, naming the seconds, until mailWait allows it. */
export async function takeMailQuota(email: string, hourly: MailKind): Promise<void> {
  const wait = await mailWait(email, hourly);
  if (wait) throw new DomainError("MAIL_COOLDOWN", { retryAfterSeconds: wait, message: `${MAIL_NAMES[hourly]}은 ${wait}초 뒤에 다시 받을 수 있어요.` });
}

/**
 * A mail that could not be sent (the mail service is down) must not cost the user their
 * cooldown: they can ask again at once.
 */
async function unlessSent(sent: boolean, email: string, kind: MailKind): Promise<void> {
  if (!sent) await redis.del(cooldownKey(email, kind));
}

/**
 * A verification link is bound to the signup it was mailed for: its token stands for the
 * member id and a digest of the password hash, and verifies only while that hash is the
 * member's. A later signup of the address (new hash, new salt) kills every older link.
 */
const signupStamp = (passwordHash: string) => createHash("sha256").update(passwordHash).digest("hex");

type PendingMember = { id: string; email: string; nickname: string; passwordHash: string };

export async function sendVerificationMail(member: PendingMember): Promise<void> {
  const token = await issueToken("emailVerification", `${member.id}.${signupStamp(member.passwordHash)}`);
  const url = new URL(`/verify-email?token=${token}`, env.AUTH_URL).toString();
  const sent = await sendMail(member.email, "[컴공방] 이메일 주소를 인증해 주세요", VerificationMail({ nickname: member.nickname, url, minutes: TOKEN_TTL_MINUTES }));
  await unlessSent(sent, member.email, "verificationMails");
}

export async function sendPasswordResetMail(member: { id: string; email: string }): Promise<void> {
  const token = await issueToken("passwordReset", member.id);
  const url = new URL(`/reset-password?token=${token}`, env.AUTH_URL).toString();
  const sent = await sendMail(member.email, "[컴공방] 비밀번호 재설정 안내", PasswordResetMail({ url, minutes: TOKEN_TTL_MINUTES }));
  await unlessSent(sent, member.email, "passwordResetMails");
}

/**
 * Resends the verification mail if the address belongs to an unverified account. Answers the
 * same for every address; only the quota can refuse (MAIL_COOLDOWN).
 */
export async function resendVerification(email: string): Promise<void> {
  await takeMailQuota(email, "verificationMails");
  const member = await db.member.findUnique({ where: { email }, select: { id: true, nickname: true, emailVerified: true, passwordHash: true } });
  if (member?.passwordHash && !member.emailVerified) await sendVerificationMail({ ...member, email, passwordHash: member.passwordHash });
}

/**
 * Marks the token's member verified. VERIFY_LINK_INVALID if the token is unknown, used or
 * expired, or its signup was replaced by a later one. One statement compares the stamp and
 * sets the flag, so a signup replacing the password in between cannot be verified by the older link.
 */
export async function verifyEmail(token: string): Promise<{ email: string }> {
  const [memberId, stamp] = (await consumeToken("emailVerification", token))?.split(".") ?? [];
  if (!memberId || !stamp) throw new DomainError("VERIFY_LINK_INVALID");
  const [member] = await db.$queryRaw<{ email: string }[]>`
    UPDATE members SET email_verified = coalesce(email_verified, now()), updated_at = now()
    WHERE id = ${memberId} AND email IS NOT NULL
      AND encode(sha256(convert_to(password_hash, 'UTF8')), 'hex') = ${stamp}
    RETURNING email`;
  if (!member) throw new DomainError("VERIFY_LINK_INVALID");
  return member;
}
