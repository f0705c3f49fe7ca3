import type { Metadata } from "next";
import { AuthCard } from "@/components/auth-card";
import { ResendMailButton } from "@/components/forms/resend-mail-button";
import { MAIL_COOLDOWN_SECONDS } from "@/lib/auth/verification";
import { safeCallbackUrl } from "@/lib/callback-url";
import { loginHref } from "@/lib/login-link";
import { emailSchema } from "@/lib/validation/auth";

export const metadata: Metadata = { title: "메일을 확인해 주세요" };

type Props = { searchParams: Promise<{ email?: string | string[]; callbackUrl?: string | string[] }> };

/** After signup: the signup's return address stays on every way on (resend, back to login). */
export default async function CheckEmailPage({ searchParams }: Props) {
  const params = await searchParams;
  const parsed = emailSchema.safeParse(params.email);
  const email = parsed.success ? parsed.data : null;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  return (
    <AuthCard
      title="메일함을 확인해 주세요"
      subtitle={
        email ? (
          <>
            <strong className="text-ink">{email}</strong>로 인증 메일을 보냈어요. 메일의 버튼을 누르면 가입이 끝나요. 링크는 10분 동안 유효해요.
          </>
        ) : (
          "가입할 때 입력한 주소로 인증 메일을 보냈어요."
        )
      }
    >
      <ul className="list-disc space-y-1 rounded-xl bg-stone-50 py-4 pr-4 pl-8 text-sm leading-6 text-stone-600">
        <li>이 브라우저에서 메일을 열면 로그인까지 한 번에 끝나고, 보던 화면으로 돌아가요.</li>
        <li>메일이 보이지 않으면 스팸함도 확인해 주세요.</li>
        <li>이미 가입된 이메일이라면 로그인 안내 메일이 가요.</li>
      </ul>
      {email && <ResendMailButton email={email} endpoint="/api/auth/resend-verification" label="인증 메일 다시 받기" initialCooldown={MAIL_COOLDOWN_SECONDS} callbackUrl={callbackUrl} />}
      <a href={loginHref(callbackUrl)} className="text-center text-sm text-stone-500 hover:underline">
        로그인으로 돌아가기
      </a>
    </AuthCard>
  );
}
