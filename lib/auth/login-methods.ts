import "server-only";
import { isFreshlyAuthenticated } from "@/lib/auth/reauth";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { FailureKey } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { sendMail } from "@/lib/mail/send";
import { LoginMethodChangedMail, type LoginMethodChange } from "@/lib/mail/templates";

/**
 * Why linking Kakao was refused, as 마이페이지's `?kakao=` names it (Auth.js answers a refused
 * sign-in with a redirect, not an error), and the catalogue's words for each reason.
 */
export const KAKAO_LINK_REFUSALS = { taken: "KAKAO_TAKEN", another: "KAKAO_ALREADY_LINKED", reauth: "REAUTH_REQUIRED" } as const satisfies Record<string, FailureKey>;

export const kakaoLinkRefusedUrl = (reason: keyof typeof KAKAO_LINK_REFUSALS) => `/mypage/account?kakao=${reason}`;

/**
 * Why a signed-in member may not sign in with this Kakao account (a redirect with the
 * reason for 마이페이지), or null if they may. Signing in with the Kakao account already
 * theirs is a login; any other is a link, which needs:
 * - a Kakao account no other member has;
 * - no Kakao account of their own yet (one per member: a Kakao-only member can link nothing);
 * - a fresh authentication (login or re-entered password within 5 minutes), so a stolen or
 *   forgotten session cannot add the intruder's way in.
 */
export async function kakaoLinkRefusal(session: { memberId: string; sid: string; authAt: number }, providerAccountId: string): Promise<string | null> {
  const linked = await db.account.findUnique({ where: { provider_providerAccountId: { provider: "kakao", providerAccountId } }, select: { userId: true } });
  if (linked) return linked.userId === session.memberId ? null : kakaoLinkRefusedUrl("taken");
  if ((await db.account.count({ where: { userId: session.memberId, provider: "kakao" } })) > 0) return kakaoLinkRefusedUrl("another");
  return (await isFreshlyAuthenticated(session)) ? null : kakaoLinkRefusedUrl("reauth");
}

const SUBJECTS: Record<LoginMethodChange, string> = {
  linked: "[컴공방] 카카오 로그인이 연결되었어요",
  removed: "[컴공방] 카카오 로그인 연결이 해제되었어요",
};

/**
 * Tells the member that Kakao was linked to or removed from their account, so a link they
 * did not make is noticed. Members without a verified address get nothing; with
 * `onlyWithPassword`, neither do members who have only Kakao (a Kakao signup is no link).
 */
export async function mailKakaoChange(memberId: string, change: LoginMethodChange, { onlyWithPassword = false } = {}): Promise<void> {
  const member = await db.member.findUnique({ where: { id: memberId }, select: { email: true, emailVerified: true, nickname: true, passwordHash: true } });
  if (!member?.email || !member.emailVerified || (onlyWithPassword && !member.passwordHash)) return;
  const resetUrl = new URL("/forgot-password", env.AUTH_URL).toString();
  await sendMail(member.email, SUBJECTS[change], LoginMethodChangedMail({ nickname: member.nickname, method: "카카오", change, when: formatDateTime(new Date()), resetUrl }));
}

/** Removes the member's Kakao link; true if there was one (the member is then told). */
export async function unlinkKakao(memberId: string): Promise<boolean> {
  const { count } = await db.account.deleteMany({ where: { userId: memberId, provider: "kakao" } });
  if (count > 0) await mailKakaoChange(memberId, "removed");
  return count > 0;
}
