import type { Metadata } from "next";
import { VerifyEmail } from "@/app/verify-email/verify-email";
import { AuthCard } from "@/components/auth-card";
import { safeCallbackUrl } from "@/lib/callback-url";

export const metadata: Metadata = { title: "이메일 인증", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string | string[]; callbackUrl?: string | string[] }> };

/** Where the mailed link lands; `callbackUrl` (checked again here) is where the signup started. */
export default async function VerifyEmailPage({ searchParams }: Props) {
  const { token, callbackUrl } = await searchParams;
  return (
    <AuthCard title="이메일 인증">
      <VerifyEmail token={typeof token === "string" ? token : ""} callbackUrl={safeCallbackUrl(callbackUrl)} />
    </AuthCard>
  );
}
