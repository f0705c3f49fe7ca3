"use server";

import { headers } from "next/headers";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/config";
import { loginLockSeconds, type LoginErrorCode } from "@/lib/auth/login";
import { safeCallbackUrl } from "@/lib/callback-url";
import { clientIp } from "@/lib/client-ip";
import { fieldErrors } from "@/lib/http";
import { loginSchema } from "@/lib/validation/auth";

export type LoginState = {
  email?: string;
  fields?: Record<string, string[]>;
  error?: { code: LoginErrorCode | "unavailable"; message: string; lockedUntil?: number };
};

const MESSAGES: Record<LoginErrorCode | "unavailable", string> = {
  invalid: "이메일 또는 비밀번호가 맞지 않아요.",
  unverified: "이메일 인증을 마치지 않은 계정이에요. 메일함의 인증 링크를 눌러 주세요.",
  locked: "로그인에 여러 번 실패해 잠시 잠겼어요.",
  too_many: "로그인 시도가 너무 많아요. 잠시 후 다시 시도해 주세요.",
  unavailable: "일시적인 문제로 로그인하지 못했어요. 잠시 후 다시 시도해 주세요.",
};

/** Email login through Auth.js's Credentials provider; on success Auth.js redirects. */
export async function login(_previous: LoginState, form: FormData): Promise<LoginState> {
  const email = String(form.get("email") ?? "");
  const parsed = loginSchema.safeParse({ email, password: form.get("password") });
  if (!parsed.success) return { email, fields: fieldErrors(parsed.error) };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeCallbackUrl(form.get("callbackUrl")) });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // the success redirect
    const code = ("code" in error && typeof error.code === "string" && error.code in MESSAGES ? error.code : "unavailable") as LoginErrorCode | "unavailable";
    // The lock is per (account, address): this visitor's own, as the login itself was judged.
    const lockedUntil = code === "locked" ? Date.now() + (await loginLockSeconds(parsed.data.email, clientIp(await headers()))) * 1000 : undefined;
    return { email, error: { code, message: MESSAGES[code], lockedUntil } };
  }
  return {};
}

export async function kakaoLogin(form: FormData): Promise<void> {
  await signIn("kakao", { redirectTo: safeCallbackUrl(form.get("callbackUrl")) });
}
