import "server-only";
import { consumeToken, issueToken, TOKEN_TTL_MINUTES } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sendMail } from "@/lib/mail/send";
import { PasswordResetMail, VerificationMail } from "@/lib/mail/templates";
import { identify, limits, secondsUntil } from "@/lib/rate-limit";
import { redis } from "@/lib/redis";
import { redisKeys } from "@/lib/redis-keys";

export const MAIL_COOLDOWN_SECONDS = 60;

export type MailQuota = { ok: true } | { ok: false; retryAfter: number };

/**
 * Whether another account mail may go to this address now: at most one a minute (cooldown)
 * and five an hour. Applied to every address alike, registered or not, so the answer
 * reveals nothing about who has an account.
 */
type MailKind = "verificationMails" | "passwordResetMails";
const cooldownKey = (email: string, kind: MailKind) => redisKeys.verificationCooldown(identify(`${kind}:${email}`));

export async function takeMailQuota(email: string, hourly: MailKind): Promise<MailQuota> {
  const key = cooldownKey(email, hourly);
  const fresh = await redis.set(key, "1", { nx: true, ex: MAIL_COOLDOWN_SECONDS });
  if (fresh !== "OK") return { ok: false, retryAfter: Math.max(1, await redis.ttl(key)) };
  const hour = await limits[hourly].limit(identify(email));
  return hour.success ? { ok: true } : { ok: false, retryAfter: secondsUntil(hour.reset) };
}

/**
 * A mail that could not be sent (the mail service is down) must not cost the user their
 * cooldown: they can ask again at once.
 */
async function unlessSent(sent: boolean, email: string, kind: MailKind): Promise<void> {
  if (!sent) await redis.del(cooldownKey(email, kind));
}

export async function sendVerificationMail(member: { id: string; email: string; nickname: string }): Promise<void> {
  const token = await issueToken("emailVerification", member.id);
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
 * same for every address; only the quota can refuse.
 */
export async function resendVerification(email: string): Promise<MailQuota> {
  const quota = await takeMailQuota(email, "verificationMails");
  if (!quota.ok) return quota;
  const member = await db.user.findUnique({ where: { email }, select: { id: true, email: true, nickname: true, emailVerified: true } });
  if (member?.email && !member.emailVerified) await sendVerificationMail({ id: member.id, email: member.email, nickname: member.nickname });
  return quota;
}

/** Marks the token's member verified. Null if the token is unknown, used or expired. */
export async function verifyEmail(token: string): Promise<{ email: string } | null> {
  const memberId = await consumeToken("emailVerification", token);
  if (!memberId) return null;
  const member = await db.user.findUnique({ where: { id: memberId }, select: { email: true, emailVerified: true } });
  if (!member?.email) return null;
  if (!member.emailVerified) await db.user.update({ where: { id: memberId }, data: { emailVerified: new Date() } });
  return { email: member.email };
}
