import type { Metadata } from "next";
import { ResetPasswordForm } from "@/app/reset-password/reset-password-form";
import { AuthCard } from "@/components/auth-card";

export const metadata: Metadata = { title: "비밀번호 재설정", robots: { index: false } };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  return (
    <AuthCard title="새 비밀번호 정하기" subtitle="비밀번호를 바꾸면 로그인된 모든 기기에서 로그아웃돼요.">
      <ResetPasswordForm token={typeof token === "string" ? token : ""} />
    </AuthCard>
  );
}
