import "server-only";
import { createHash } from "node:crypto";
import { consumeToken, issueToken, TOKEN_TTL_MINUTES, tokenDigest } from "@/lib/auth/mail-link-tokens";
import { isSameBrowser } from "@/lib/auth/signup-browser";
import { safeCallbackUrl } from "@/lib/callback-url";
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
/**
 * Where the link leads after verifying (the page the signup started from), and the digest of the
 * signing-up browser's secret, bound to the token (lib/auth/signup-browser.ts).
 */
export type LinkContext = { callbackUrl?: string; browser?: string | null };

/** `/verify-email?token=…`, with `&callbackUrl=…` unless it is the home page. */
function verificationUrl(token: string, callbackUrl: string): string {
  const query = new URLSearchParams({ token });
  if (callbackUrl !== "/") query.set("callbackUrl", callbackUrl);
  return new URL(`/verify-email?${query}`, env.AUTH_URL).toString();
}

export async function sendVerificationMail(member: PendingMember, { callbackUrl, browser }: LinkContext = {}): Promise<void> {
  const token = await issueToken("emailVerification", [member.id, signupStamp(member.passwordHash), browser ?? ""].join("."));
  const url = verificationUrl(token, safeCallbackUrl(callbackUrl));
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
 * same for every address; only the quota can refuse (MAIL_COOLDOWN). The new link is bound to
 * the asking browser's signup secret, if it has one: whoever asks, only the mailbox gets the
 * token, and only token and secret together sign in.
 */
export async function resendVerification(email: string, link: LinkContext = {}): Promise<void> {
  await takeMailQuota(email, "verificationMails");
  const member = await db.member.findUnique({ where: { email }, select: { id: true, nickname: true, emailVerified: true, passwordHash: true } });
  if (member?.passwordHash && !member.emailVerified) await sendVerificationMail({ ...member, email, passwordHash: member.passwordHash }, link);
}

/** How long a used link is still recognised as one that verified its member. */
const USED_LINK_TTL_SECONDS = 60 * 60;

/**
 * Marks the token's member verified. VERIFY_LINK_INVALID if the token is unknown, expired, or
 * its signup was replaced by a later one; VERIFY_LINK_USED if it already verified its member
 * (within the hour). One statement compares the stamp and sets the flag, so a signup replacing
 * the password in between cannot be verified by the older link. `sameBrowser`: the request
 * carries the secret of the browser that signed up (`browser`, its digest), so it may sign in.
 */
export async function verifyEmail(token: string, browser: string | null = null): Promise<{ email: string; memberId: string; sameBrowser: boolean }> {
  const subject = await consumeToken("emailVerification", token);
  if (!subject) return refuseUsedOrInvalid(token);
  const [memberId, stamp, bound] = subject.split(".");
  if (!memberId || !stamp) throw new DomainError("VERIFY_LINK_INVALID");
  const [member] = await db.$queryRaw<{ email: string }[]>`
    UPDATE members SET email_verified = coalesce(email_verified, now()), updated_at = now()
    WHERE id = ${memberId} AND email IS NOT NULL
      AND encode(sha256(convert_to(password_hash, 'UTF8')), 'hex') = ${stamp}
    RETURNING email`;
  if (!member) throw new DomainError("VERIFY_LINK_INVALID");
  await redis.set(redisKeys.usedVerification(tokenDigest(token)), memberId, { ex: USED_LINK_TTL_SECONDS });
  return { email: member.email, memberId, sameBrowser: isSameBrowser(bound, browser) };
}

/** A link seen verifying its (still verified) member says so; any other unknown token is invalid. */
async function refuseUsedOrInvalid(token: string): Promise<never> {
  const memberId = await redis.get<string>(redisKeys.usedVerification(tokenDigest(token)));
  const verified = memberId ? await db.member.count({ where: { id: memberId, emailVerified: { not: null } } }) : 0;
  throw new DomainError(verified ? "VERIFY_LINK_USED" : "VERIFY_LINK_INVALID");
}
