import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { kakaoLogin } from "@/app/login/actions";
import { SignupForm } from "@/app/signup/signup-form";
import { AuthCard, OrDivider } from "@/components/auth-card";
import { AGREEMENT_ITEMS } from "@/components/forms/agreement-items";
import { KakaoLoginButton } from "@/components/kakao-login-button";
import { getSignedInMember } from "@/lib/auth/signed-in-member";
import { safeCallbackUrl } from "@/lib/callback-url";

export const metadata: Metadata = { title: "회원가입" };

export default async function SignupPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getSignedInMember()) redirect(callbackUrl);
  return (
    <AuthCard title="회원가입" subtitle="이메일로 가입하고 인증 메일의 링크를 누르면 끝나요.">
      <KakaoLoginButton action={kakaoLogin} callbackUrl={callbackUrl} label="카카오로 3초 만에 시작하기" />
      <OrDivider />
      <SignupForm agreementItems={AGREEMENT_ITEMS} callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
