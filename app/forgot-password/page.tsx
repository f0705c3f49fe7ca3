import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/app/forgot-password/forgot-password-form";
import { AuthCard } from "@/components/auth-card";

export const metadata: Metadata = { title: "비밀번호 찾기" };

/** Rendered per request like every form page: its scripts carry the request's CSP nonce (proxy.ts). */
export const dynamic = "force-dynamic";

export default function ForgotPasswordPage() {
  return (
    <AuthCard title="비밀번호 찾기" subtitle="가입한 이메일로 비밀번호를 다시 정할 수 있는 링크를 보내 드려요.">
      <ForgotPasswordForm />
    </AuthCard>
  );
}
