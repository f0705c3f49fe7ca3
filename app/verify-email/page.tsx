import type { Metadata } from "next";
import { VerifyEmail } from "@/app/verify-email/verify-email";
import { AuthCard } from "@/components/auth-card";

export const metadata: Metadata = { title: "이메일 인증", robots: { index: false } };

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  return (
    <AuthCard title="이메일 인증">
      <VerifyEmail token={typeof token === "string" ? token : ""} />
    </AuthCard>
  );
}
