import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { kakaoLogin } from "@/app/login/actions";
import { KakaoSignupForm } from "@/app/signup/kakao/kakao-signup-form";
import { AuthCard } from "@/components/auth-card";
import { AGREEMENT_ITEMS } from "@/components/forms/agreement-items";
import { FormAlert } from "@/components/forms/form-alert";
import { KakaoLoginButton } from "@/components/kakao-login-button";
import { pendingKakaoSignup } from "@/lib/auth/kakao-signup";
import { getSignedInMember } from "@/lib/auth/signed-in-member";
import { safeCallbackUrl } from "@/lib/callback-url";
import { messageOf } from "@/lib/errors";

export const metadata: Metadata = { title: "카카오로 가입하기" };

/** Where a first Kakao login lands (lib/auth/kakao-signup.ts): the agreements, then the member. */
export default async function KakaoSignupPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getSignedInMember()) redirect(callbackUrl);
  const pending = await pendingKakaoSignup();
  if (!pending) {
    return (
      <AuthCard title="카카오로 가입하기">
        <FormAlert tone="error">{messageOf("KAKAO_SIGNUP_EXPIRED")}</FormAlert>
        <KakaoLoginButton action={kakaoLogin} callbackUrl={callbackUrl} />
      </AuthCard>
    );
  }
  const greeting = pending.nickname ? `${pending.nickname}님, ` : "";
  return (
    <AuthCard title="카카오로 가입하기" subtitle={`${greeting}컴공방 가입을 위해 약관에 동의해 주세요. 한 번만 물어볼게요.`}>
      <KakaoSignupForm callbackUrl={callbackUrl} agreementItems={AGREEMENT_ITEMS} />
    </AuthCard>
  );
}
