import type { Metadata } from "next";
import { ResetPasswordForm } from "@/app/reset-password/reset-password-form";
import { AuthCard } from "@/components/auth-card";
import { resetLinkAccount } from "@/lib/auth/account";
import { tokenSchema } from "@/lib/validation/auth";

export const metadata: Metadata = { title: "비밀번호 재설정", robots: { index: false } };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token: raw } = await searchParams;
  const parsed = tokenSchema.safeParse({ token: raw });
  const token = parsed.success ? parsed.data.token : "";
  const account = token ? await resetLinkAccount(token) : null;
  return (
    <AuthCard title="새 비밀번호 정하기" subtitle="비밀번호를 바꾸면 로그인된 모든 기기에서 로그아웃돼요.">
      <ResetPasswordForm token={token} kakaoLinked={account?.kakaoLinked ?? false} hasPassword={account?.hasPassword ?? false} />
    </AuthCard>
  );
}
