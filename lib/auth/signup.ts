import "server-only";
import { nicknameKey } from "@/lib/auth/nickname";
import { hashPassword } from "@/lib/auth/password";
import { isCommonPassword } from "@/lib/auth/password-policy";
import { sendVerificationMail, takeMailQuota } from "@/lib/auth/verification";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { sendMail } from "@/lib/mail/send";
import { AlreadyRegisteredMail } from "@/lib/mail/templates";

export type SignupInput = { email: string; nickname: string; password: string };
export type SignupResult =
  | { ok: true }
  | { ok: false; error: "COMMON_PASSWORD" | "NICKNAME_TAKEN"; field: "password" | "nickname"; message: string };

export const COMMON_PASSWORD_MESSAGE = "너무 흔하게 쓰이는 비밀번호예요. 다른 비밀번호를 입력해 주세요.";
export const NICKNAME_TAKEN_MESSAGE = "이미 사용 중인 닉네임이에요.";

/**
 * Email signup. The answer for an address that already has an account is the same as for a
 * new one (that address gets a mail saying so instead), and takes as long: the password is
 * hashed and a mail is sent on both paths. The nickname is checked before the email for the
 * same reason. Concurrent signups of one address make one account (unique email).
 */
export async function signup(input: SignupInput): Promise<SignupResult> {
  if (isCommonPassword(input.password)) return { ok: false, error: "COMMON_PASSWORD", field: "password", message: COMMON_PASSWORD_MESSAGE };
  const key = nicknameKey(input.nickname);
  const passwordHash = await hashPassword(input.password);
  const taken = await db.user.findUnique({ where: { nicknameKey: key }, select: { id: true } });
  if (taken) return { ok: false, error: "NICKNAME_TAKEN", field: "nickname", message: NICKNAME_TAKEN_MESSAGE };

  const existing = await db.user.findUnique({ where: { email: input.email } });
  if (existing) {
    await notifyExistingAccount(existing);
    return { ok: true };
  }
  try {
    const member = await db.user.create({
      data: { email: input.email, nickname: input.nickname, nicknameKey: key, passwordHash },
      select: { id: true, email: true, nickname: true },
    });
    if ((await takeMailQuota(input.email, "verificationMails")).ok) await sendVerificationMail({ ...member, email: input.email });
    return { ok: true };
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") throw error;
    // Lost a race: another request just created this email (same answer) or took the nickname.
    const target = JSON.stringify(error.meta ?? {});
    if (target.includes("nickname")) return { ok: false, error: "NICKNAME_TAKEN", field: "nickname", message: NICKNAME_TAKEN_MESSAGE };
    return { ok: true };
  }
}

async function notifyExistingAccount(member: { id: string; email: string | null; nickname: string; emailVerified: Date | null }) {
  if (!member.email || !(await takeMailQuota(member.email, "verificationMails")).ok) return;
  if (!member.emailVerified) {
    await sendVerificationMail({ id: member.id, email: member.email, nickname: member.nickname });
    return;
  }
  const loginUrl = new URL("/login", env.AUTH_URL).toString();
  const resetUrl = new URL("/forgot-password", env.AUTH_URL).toString();
  await sendMail(member.email, "[컴공방] 이미 가입된 이메일이에요", AlreadyRegisteredMail({ loginUrl, resetUrl }));
}
