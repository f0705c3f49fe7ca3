"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/config";
import { safeCallbackUrl } from "@/lib/callback-url";
import { messageOf } from "@/lib/errors";
import { fieldErrors } from "@/lib/http";
import { kakaoSignupSchema } from "@/lib/validation/auth";

export type KakaoSignupResult = { fields?: Record<string, string[]>; error?: string };

/**
 * The consent step's answer: with the required agreements, the parked Kakao signup becomes a
 * member and is signed in (the `kakao-signup` provider, lib/auth/config.ts), and Auth.js
 * redirects to where the login started. Without them nothing is created.
 */
export async function finishKakaoSignup(callbackUrl: string, agreements: unknown): Promise<KakaoSignupResult> {
  const parsed = kakaoSignupSchema.safeParse({ agreements });
  if (!parsed.success) return { fields: fieldErrors(parsed.error) };
  try {
    await signIn("kakao-signup", { agreements: JSON.stringify(parsed.data.agreements), redirectTo: safeCallbackUrl(callbackUrl) });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // the success redirect
    return { error: messageOf("KAKAO_SIGNUP_EXPIRED") };
  }
  return {};
}
