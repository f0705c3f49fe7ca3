import "server-only";
import { unlinkKakao } from "@/lib/auth/login-methods";
import { markReauthenticated } from "@/lib/auth/reauth";
import { nicknameKey } from "@/lib/auth/nickname";
import { hashPassword } from "@/lib/auth/password";
import { checkPassword, clearPasswordFailures, memberScope } from "@/lib/auth/password-failures";
import { isCommonPassword } from "@/lib/auth/password-policy";
import { revokeMemberSessions } from "@/lib/auth/session-revocation";
import { consumeToken, peekToken } from "@/lib/auth/mail-link-tokens";
import { sendPasswordResetMail, takeMailQuota } from "@/lib/auth/verification";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { removeAllFollows } from "@/lib/follows";
import { formatDateTime } from "@/lib/format";
import { Prisma } from "@/lib/generated/prisma/client";
import { removeAllLikes } from "@/lib/likes";
import { sendMail } from "@/lib/mail/send";
import { PasswordChangedMail } from "@/lib/mail/templates";
import { containsEmailLocalPart } from "@/lib/validation/auth";
import { DELETE_CONFIRMATION } from "@/lib/validation/auth-constants";

/** What 마이페이지 → 회원정보 shows: the profile and the ways this member can log in (null once deleted). */
export async function getAccount(memberId: string) {
  const member = await db.member.findUnique({
    where: { id: memberId },
    select: { email: true, nickname: true, image: true, emailVerified: true, passwordHash: true, createdAt: true, accounts: { select: { provider: true } }, atelier: { select: { id: true } } },
  });
  if (!member) return null;
  const { passwordHash, accounts, ...profile } = member;
  return {
    ...profile,
    hasPassword: passwordHash !== null,
    kakaoLinked: accounts.some((a) => a.provider === "kakao"),
    canLeaveKakao: canLeaveKakao({ ...member, passwordHash }),
    ownsAtelier: member.atelier !== null,
  };
}

/** The signed-in member's account for the API: a member deleted under a live session is signed out. */
export async function requireAccount(memberId: string) {
  const account = await getAccount(memberId);
  if (!account) throw new DomainError("UNAUTHORIZED");
  return account;
}

export async function changeNickname(memberId: string, nickname: string): Promise<void> {
  try {
    await db.member.update({ where: { id: memberId }, data: { nickname, nicknameKey: nicknameKey(nickname) } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new DomainError("NICKNAME_TAKEN", { field: "nickname" });
    throw error;
  }
}

/**
 * A password re-entered behind a session, checked with the member's delays: a wrong one throws
 * `wrong`, one tried while locked after too many wrong ones throws PASSWORD_LOCKED (429, as at login).
 */
async function requirePassword(memberId: string, hash: string, password: string, wrong: "WRONG_PASSWORD" | "WRONG_CURRENT_PASSWORD", field: string): Promise<void> {
  const check = await checkPassword(memberScope(memberId), hash, password);
  if (check.ok) return;
  if (check.retryAfterSeconds) throw new DomainError("PASSWORD_LOCKED", { field, retryAfterSeconds: check.retryAfterSeconds });
  throw new DomainError(wrong, { field });
}

/** Rules a new password must meet beyond its length (which zod checks). */
function rejectWeakPassword(password: string, email: string | null): void {
  if (isCommonPassword(password)) throw new DomainError("COMMON_PASSWORD", { field: "password" });
  if (email && containsEmailLocalPart(password, email)) throw new DomainError("PASSWORD_CONTAINS_EMAIL", { field: "password" });
}

async function mailPasswordChanged(member: { email: string | null; nickname: string }) {
  if (!member.email) return;
  const resetUrl = new URL("/forgot-password", env.AUTH_URL).toString();
  await sendMail(member.email, "[컴공방] 비밀번호가 변경되었어요", PasswordChangedMail({ nickname: member.nickname, when: formatDateTime(new Date()), resetUrl }));
}

/** Changes the password (the current one is required) and ends every other session. */
export async function changePassword(memberId: string, currentSid: string, currentPassword: string, password: string): Promise<void> {
  const member = await db.member.findUnique({ where: { id: memberId }, select: { email: true, nickname: true, passwordHash: true } });
  if (!member?.passwordHash) throw new DomainError("NO_PASSWORD");
  // A stolen session must not become a password oracle: the same delays as login, per member.
  await requirePassword(memberId, member.passwordHash, currentPassword, "WRONG_CURRENT_PASSWORD", "currentPassword");
  rejectWeakPassword(password, member.email);
  await db.member.update({ where: { id: memberId }, data: { passwordHash: await hashPassword(password) } });
  await revokeMemberSessions(memberId, currentSid);
  await mailPasswordChanged(member);
}

/**
 * The password re-entered to prove the person (before linking a login method): this session
 * counts as freshly authenticated for 5 minutes. The same per-member delays as changePassword.
 */
export async function confirmPassword(memberId: string, sid: string, password: string): Promise<void> {
  const member = await db.member.findUnique({ where: { id: memberId }, select: { passwordHash: true } });
  if (!member?.passwordHash) throw new DomainError("REAUTH_NO_PASSWORD");
  await requirePassword(memberId, member.passwordHash, password, "WRONG_PASSWORD", "password");
  await markReauthenticated(sid);
}

/**
 * 비밀번호 찾기: mails a reset link if the address belongs to a member. The same answer for
 * every address; only the quota (1 a minute, 5 an hour) can refuse (MAIL_COOLDOWN).
 */
export async function requestPasswordReset(email: string): Promise<void> {
  await takeMailQuota(email, "passwordResetMails");
  const member = await db.member.findUnique({ where: { email }, select: { id: true } });
  if (member) await sendPasswordResetMail({ id: member.id, email });
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

/**
 * Sets a new password from a reset link, removes the Kakao login if asked (a takeover may
 * have linked the intruder's), and ends every session of the member. The link is used up
 * only once the new password is accepted, so a refused password does not cost the link.
 */
export async function resetPassword(token: string, password: string, { unlinkKakao: unlink = false } = {}): Promise<void> {
  const memberId = await peekToken("passwordReset", token);
  const member = memberId ? await db.member.findUnique({ where: { id: memberId }, select: { id: true, email: true, nickname: true, emailVerified: true } }) : null;
  if (!member) throw new DomainError("RESET_LINK_INVALID", { field: "token" });
  rejectWeakPassword(password, member.email);
  if ((await consumeToken("passwordReset", token)) !== member.id) throw new DomainError("RESET_LINK_INVALID", { field: "token" });
  // The link reached the member's inbox, which also proves the address.
  await db.member.update({ where: { id: member.id }, data: { passwordHash: await hashPassword(password), emailVerified: member.emailVerified ?? new Date() } });
  if (unlink) await unlinkKakao(member.id);
  await revokeMemberSessions(member.id);
  await clearPasswordFailures(member);
  await mailPasswordChanged(member);
}

/**
 * Deletes the account: likes and follows go with their counters kept exact, issued coupons
 * stay for the events' statistics without the member (user_id set null), the Kakao link goes,
 * and every session ends. Proof: the password, or typing 회원 탈퇴 for Kakao-only members.
 */
export async function deleteAccount(memberId: string, proof: { password: string } | { confirmation: string }): Promise<void> {
  const member = await db.member.findUnique({ where: { id: memberId }, select: { passwordHash: true, atelier: { select: { id: true } } } });
  if (!member) throw new DomainError("ACCOUNT_GONE");
  if (member.atelier) throw new DomainError("ATELIER_OWNER");
  if (member.passwordHash) {
    if (!("password" in proof)) throw new DomainError("WRONG_PASSWORD", { field: "password" });
    await requirePassword(memberId, member.passwordHash, proof.password, "WRONG_PASSWORD", "password");
  } else if (!("confirmation" in proof) || proof.confirmation !== DELETE_CONFIRMATION) {
    throw new DomainError("CONFIRMATION_REQUIRED", { field: "confirmation" });
  }
  await db.$transaction(async (tx) => {
    await removeAllLikes(tx, memberId);
    await removeAllFollows(tx, memberId);
    await tx.member.delete({ where: { id: memberId } });
  });
  await revokeMemberSessions(memberId);
}

/** Whether the member can still log in without Kakao: a password and a verified email. */
function canLeaveKakao(member: { passwordHash: string | null; email: string | null; emailVerified: Date | null }): boolean {
  return Boolean(member.passwordHash && member.email && member.emailVerified);
}

/** Disconnects Kakao, unless it is the member's only way to log in. */
export async function disconnectKakao(memberId: string): Promise<void> {
  const member = await db.member.findUnique({ where: { id: memberId }, select: { passwordHash: true, email: true, emailVerified: true } });
  if (!member || !canLeaveKakao(member)) throw new DomainError("LAST_LOGIN_METHOD");
  await unlinkKakao(memberId);
}
