import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { kakaoLogin } from "@/app/login/actions";
import { LoginForm } from "@/app/login/login-form";
import { AuthCard, OrDivider } from "@/components/auth-card";
import { FormAlert } from "@/components/forms/form-alert";
import { KakaoLoginButton } from "@/components/kakao-login-button";
import { callbackPathOf } from "@/lib/auth/config";
import { getSignedInMember } from "@/lib/auth/signed-in-member";
import { safeCallbackUrl } from "@/lib/callback-url";
import { LOGIN_REASONS, loginReasonOf } from "@/lib/login-link";
import { messageOf } from "@/lib/errors";

export const metadata: Metadata = { title: "로그인" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Messages for what brought the visitor here: Auth.js error types and our own notices. */
const NOTICES: Record<string, { tone: "error" | "success" | "info"; text: string }> = {
  verified: { tone: "success", text: "이메일 인증이 끝났어요. 로그인해 주세요." },
  reset: { tone: "success", text: "비밀번호를 바꿨어요. 새 비밀번호로 로그인해 주세요." },
  OAuthAccountNotLinked: {
    tone: "error",
    text: "이 카카오 계정의 이메일로 이미 가입된 계정이 있어요. 이메일로 로그인한 뒤 마이페이지 › 회원정보에서 카카오를 연결해 주세요.",
  },
  OAuthCallbackError: { tone: "error", text: "카카오 로그인이 취소되었거나 완료되지 않았어요. 다시 시도해 주세요." },
  AccessDenied: { tone: "error", text: "카카오 로그인이 취소되었거나 완료되지 않았어요. 다시 시도해 주세요." },
  Configuration: { tone: "error", text: "카카오와 연결하지 못했어요. 잠시 후 다시 시도해 주세요." },
  SessionExpired: { tone: "error", text: "로그인이 만료되었어요. 다시 로그인해 주세요." },
  CredentialsSignin: { tone: "error", text: messageOf("LOGIN_INVALID") },
};
const FALLBACK_ERROR = { tone: "error" as const, text: "로그인하지 못했어요. 다시 시도해 주세요." };

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  // Auth.js comes back from a failed Kakao login with only ?error=: where the login started is
  // still in its callback-url cookie, so the visitor goes on from there, not from the home page.
  const kakaoReturn = typeof params.error === "string" && params.callbackUrl === undefined ? callbackPathOf(await cookies()) : undefined;
  const callbackUrl = safeCallbackUrl(params.callbackUrl ?? kakaoReturn);
  if (await getSignedInMember()) redirect(callbackUrl);
  const key = typeof params.error === "string" ? params.error : params.verified ? "verified" : params.reset ? "reset" : null;
  const reason = loginReasonOf(params.reason);
  const notice = key ? (NOTICES[key] ?? FALLBACK_ERROR) : reason ? { tone: "info" as const, text: LOGIN_REASONS[reason] } : null;
  return (
    <AuthCard title="로그인" subtitle="컴공방에서 좋아하는 작가와 작품을 모아보세요.">
      {notice && <FormAlert tone={notice.tone}>{notice.text}</FormAlert>}
      {/* Kakao first, as on the signup page and in Korean shops. */}
      <KakaoLoginButton action={kakaoLogin} callbackUrl={callbackUrl} />
      <OrDivider />
      <LoginForm callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
