import "server-only";
import { unlinkKakao } from "@/lib/auth/login-methods";
import { markReauthenticated } from "@/lib/auth/reauth";
import { nicknameKey } from "@/lib/auth/nickname";
import { hashPassword } from "@/lib/auth/password";
import { checkPassword, clearPasswordFailures, memberScope, type PasswordCheck } from "@/lib/auth/password-failures";
import { isCommonPassword } from "@/lib/auth/password-policy";
import { revokeMemberSessions } from "@/lib/auth/session-revocation";
import { COMMON_PASSWORD_MESSAGE, NICKNAME_TAKEN_MESSAGE } from "@/lib/auth/signup";
import { consumeToken, peekToken } from "@/lib/auth/mail-link-tokens";
import { sendPasswordResetMail, takeMailQuota, type MailQuota } from "@/lib/auth/verification";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { removeAllFollows } from "@/lib/follows";
import { formatDateTime } from "@/lib/format";
import { Prisma } from "@/lib/generated/prisma/client";
import { removeAllLikes } from "@/lib/likes";
import { sendMail } from "@/lib/mail/send";
import { PasswordChangedMail } from "@/lib/mail/templates";
import { containsEmailLocalPart, DELETE_CONFIRMATION } from "@/lib/validation/auth";

export type AccountError = { ok: false; code: string; message: string; field?: string; status: 400 | 403 | 409 | 429; retryAfterSeconds?: number };
type Result<T = object> = ({ ok: true } & T) | AccountError;

const fail = (status: AccountError["status"], code: string, message: string, field?: string): AccountError => ({ ok: false, status, code, message, field });

/** What 마이페이지 → 회원정보 shows: the profile and the ways this member can log in. */
export async function getAccount(memberId: string) {
  const member = await db.member.findUnique({
    where: { id: memberId },
    select: { email: true, nickname: true, image: true, emailVerified: true, passwordHash: true, createdAt: true, accounts: { select: { provider: true } }, atelier: { select: { id: true } } },
  });
  if (!member) return null;
  const { passwordHash, accounts, ...profile } = member;
  return { ...profile, hasPassword: passwordHash !== null, kakaoLinked: accounts.some((a) => a.provider === "kakao"), ownsAtelier: member.atelier !== null };
}

export async function changeNickname(memberId: string, nickname: string): Promise<Result> {
  try {
    await db.member.update({ where: { id: memberId }, data: { nickname, nicknameKey: nicknameKey(nickname) } });
    return { ok: true };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return fail(409, "NICKNAME_TAKEN", NICKNAME_TAKEN_MESSAGE, "nickname");
    throw error;
  }
}

/** A refused current password: wrong (400), or locked after too many wrong ones (429, as at login). */
function passwordRefused(check: Extract<PasswordCheck, { ok: false }>, message: string, field: string): AccountError {
  if (!check.retryAfterSeconds) return fail(400, "WRONG_PASSWORD", message, field);
  return { ...fail(429, "RATE_LIMITED", "비밀번호를 여러 번 틀렸어요. 잠시 후 다시 시도해 주세요.", field), retryAfterSeconds: check.retryAfterSeconds };
}

/** Rules a new password must meet beyond its length (which zod checks). */
function rejectWeakPassword(password: string, email: string | null): AccountError | null {
  if (isCommonPassword(password)) return fail(400, "COMMON_PASSWORD", COMMON_PASSWORD_MESSAGE, "password");
  if (email && containsEmailLocalPart(password, email)) return fail(400, "PASSWORD_CONTAINS_EMAIL", "비밀번호에 이메일 아이디를 넣을 수 없어요.", "password");
  return null;
}

async function mailPasswordChanged(member: { email: string | null; nickname: string }) {
  if (!member.email) return;
  const resetUrl = new URL("/forgot-password", env.AUTH_URL).toString();
  await sendMail(member.email, "[컴공방] 비밀번호가 변경되었어요", PasswordChangedMail({ nickname: member.nickname, when: formatDateTime(new Date()), resetUrl }));
}

/** Changes the password (the current one is required) and ends every other session. */
export async function changePassword(memberId: string, currentSid: string, currentPassword: string, password: string): Promise<Result> {
  const member = await db.member.findUnique({ where: { id: memberId }, select: { email: true, nickname: true, passwordHash: true } });
  if (!member?.passwordHash) return fail(400, "NO_PASSWORD", "카카오로 가입한 계정은 비밀번호 찾기로 비밀번호를 만들 수 있어요.");
  // A stolen session must not become a password oracle: the same delays as login, per member.
  const check = await checkPassword(memberScope(memberId), member.passwordHash, currentPassword);
  if (!check.ok) return passwordRefused(check, "현재 비밀번호가 맞지 않아요.", "currentPassword");
  const weak = rejectWeakPassword(password, member.email);
  if (weak) return weak;
  await db.member.update({ where: { id: memberId }, data: { passwordHash: await hashPassword(password) } });
  await revokeMemberSessions(memberId, currentSid);
  await mailPasswordChanged(member);
  return { ok: true };
}

/**
 * The password re-entered to prove the person (before linking a login method): this session
 * counts as freshly authenticated for 5 minutes. The same per-member delays as changePassword.
 */
export async function confirmPassword(memberId: string, sid: string, password: string): Promise<Result> {
  const member = await db.member.findUnique({ where: { id: memberId }, select: { passwordHash: true } });
  if (!member?.passwordHash) return fail(400, "NO_PASSWORD", "비밀번호가 없는 계정이에요. 다시 로그인해 주세요.");
  const check = await checkPassword(memberScope(memberId), member.passwordHash, password);
  if (!check.ok) return passwordRefused(check, "비밀번호가 맞지 않아요.", "password");
  await markReauthenticated(sid);
  return { ok: true };
}

/**
 * 비밀번호 찾기: mails a reset link if the address belongs to a member. The same answer for
 * every address; only the quota (1 a minute, 5 an hour) can refuse.
 */
export async function requestPasswordReset(email: string): Promise<MailQuota> {
  const quota = await takeMailQuota(email, "passwordResetMails");
  if (!quota.ok) return quota;
  const member = await db.member.findUnique({ where: { email }, select: { id: true } });
  if (member) await sendPasswordResetMail({ id: member.id, email });
  return quota;
}

/**
 * What the reset page shows before the link is used: the logins linked to the account, so
 * the member can remove one they did not make. Null for an unknown, used or expired link.
 */
export async function resetLinkAccount(token: string): Promise<{ kakaoLinked: boolean; hasPassword: boolean } | null> {
  const memberId = await peekToken("passwordReset", token);
  const member = memberId ? await db.member.findUnique({ where: { id: memberId }, select: { passwordHash: true, accounts: { select: { provider: true } } } }) : null;
  return member && { kakaoLinked: member.accounts.some((a) => a.provider === "kakao"), hasPassword: member.passwordHash !== null };
}

const RESET_LINK_INVALID = "링크가 만료되었거나 이미 사용되었어요. 비밀번호 찾기를 다시 해 주세요.";

/**
 * Sets a new password from a reset link, removes the Kakao login if asked (a takeover may
 * have linked the intruder's), and ends every session of the member. The link is used up
 * only once the new password is accepted, so a refused password does not cost the link.
 */
export async function resetPassword(token: string, password: string, { unlinkKakao: unlink = false } = {}): Promise<Result> {
  const memberId = await peekToken("passwordReset", token);
  const member = memberId ? await db.member.findUnique({ where: { id: memberId }, select: { id: true, email: true, nickname: true, emailVerified: true } }) : null;
  if (!member) return fail(400, "TOKEN_INVALID", RESET_LINK_INVALID, "token");
  const weak = rejectWeakPassword(password, member.email);
  if (weak) return weak;
  if ((await consumeToken("passwordReset", token)) !== member.id) return fail(400, "TOKEN_INVALID", RESET_LINK_INVALID, "token");
  // The link reached the member's inbox, which also proves the address.
  await db.member.update({ where: { id: member.id }, data: { passwordHash: await hashPassword(password), emailVerified: member.emailVerified ?? new Date() } });
  if (unlink) await unlinkKakao(member.id);
  await revokeMemberSessions(member.id);
  await clearPasswordFailures(member);
  await mailPasswordChanged(member);
  return { ok: true };
}

/**
 * Deletes the account: likes and follows go with their counters kept exact, issued coupons
 * stay for the events' statistics without the member (user_id set null), the Kakao link goes,
 * and every session ends. Proof: the password, or typing 회원 탈퇴 for Kakao-only members.
 */
export async function deleteAccount(memberId: string, proof: { password: string } | { confirmation: string }): Promise<Result> {
  const member = await db.member.findUnique({ where: { id: memberId }, select: { passwordHash: true, atelier: { select: { id: true } } } });
  if (!member) return fail(400, "NOT_FOUND", "이미 탈퇴한 계정이에요.");
  if (member.atelier) return fail(409, "ATELIER_OWNER", "공방을 운영 중인 계정은 바로 탈퇴할 수 없어요. 고객센터로 문의해 주세요.");
  if (member.passwordHash) {
    const check = "password" in proof ? await checkPassword(memberScope(memberId), member.passwordHash, proof.password) : ({ ok: false } as const);
    if (!check.ok) return passwordRefused(check, "비밀번호가 맞지 않아요.", "password");
  } else if (!("confirmation" in proof) || proof.confirmation !== DELETE_CONFIRMATION) {
    return fail(400, "CONFIRMATION_REQUIRED", `‘${DELETE_CONFIRMATION}’라고 입력해 주세요.`, "confirmation");
  }
  await db.$transaction(async (tx) => {
    await removeAllLikes(tx, memberId);
    await removeAllFollows(tx, memberId);
    await tx.member.delete({ where: { id: memberId } });
  });
  await revokeMemberSessions(memberId);
  return { ok: true };
}

/** Disconnects Kakao, unless it is the member's only way to log in. */
export async function disconnectKakao(memberId: string): Promise<Result> {
  const member = await db.member.findUnique({ where: { id: memberId }, select: { passwordHash: true, email: true, emailVerified: true } });
  if (!member?.passwordHash || !member.email || !member.emailVerified) {
    return fail(409, "LAST_LOGIN_METHOD", "카카오가 유일한 로그인 방법이라 연결을 해제할 수 없어요. 비밀번호 찾기로 이메일 로그인을 먼저 만들어 주세요.");
  }
  await unlinkKakao(memberId);
  return { ok: true };
}
