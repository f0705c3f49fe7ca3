"use server";

import { headers } from "next/headers";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/config";
import { loginLockSeconds, type LoginErrorCode } from "@/lib/auth/login";
import { safeCallbackUrl } from "@/lib/callback-url";
import { clientIp } from "@/lib/client-ip";
import { messageOf, type FailureKey } from "@/lib/errors";
import { fieldErrors } from "@/lib/http";
import { loginSchema } from "@/lib/validation/auth";

export type LoginState = {
  email?: string;
  fields?: Record<string, string[]>;
  error?: { code: LoginErrorCode | "unavailable"; message: string; lockedUntil?: number };
};

/** The catalogue's words for each refusal LoginError carries through Auth.js. */
const FAILURE_KEYS: Record<LoginErrorCode | "unavailable", FailureKey> = {
  invalid: "LOGIN_INVALID",
  unverified: "LOGIN_UNVERIFIED",
  locked: "LOGIN_LOCKED",
  too_many: "LOGIN_TOO_MANY",
  unavailable: "LOGIN_UNAVAILABLE",
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
    const code = ("code" in error && typeof error.code === "string" && error.code in FAILURE_KEYS ? error.code : "unavailable") as LoginErrorCode | "unavailable";
    // The lock is per (account, address): this visitor's own, as the login itself was judged.
    const lockedUntil = code === "locked" ? Date.now() + (await loginLockSeconds(parsed.data.email, clientIp(await headers()))) * 1000 : undefined;
    return { email, error: { code, message: messageOf(FAILURE_KEYS[code]), lockedUntil } };
  }
  return {};
}

export async function kakaoLogin(form: FormData): Promise<void> {
  await signIn("kakao", { redirectTo: safeCallbackUrl(form.get("callbackUrl")) });
}
