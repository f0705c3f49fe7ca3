"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { ResendMailButton } from "@/components/forms/resend-mail-button";
import { TextField } from "@/components/forms/text-field";
import { callApi } from "@/lib/api-client";

/**
 * Confirms the token with a POST from the page, not on GET of the link: mail scanners that
 * open links must not use up the single-use token.
 */
export function VerifyEmail({ token }: { token: string }) {
  const router = useRouter();
  const [state, setState] = useState<"checking" | "failed">(token ? "checking" : "failed");
  const [message, setMessage] = useState("인증 링크가 올바르지 않아요.");
  const [email, setEmail] = useState("");
  const sent = useRef(false);

  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    void callApi("POST", "/api/auth/verify-email", { token }).then((result) => {
      if (result.ok) {
        router.replace("/login?verified=1");
        return;
      }
      setMessage(result.message);
      setState("failed");
    });
  }, [token, router]);

  if (state === "checking") return <FormAlert tone="info">이메일을 인증하고 있어요…</FormAlert>;
  return (
    <>
      <FormAlert tone="error">{message}</FormAlert>
      <p className="text-sm text-stone-600">가입한 이메일을 입력하면 인증 메일을 다시 보내 드려요.</p>
      <TextField label="이메일" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      {email.includes("@") && <ResendMailButton email={email.trim()} endpoint="/api/auth/resend-verification" label="인증 메일 다시 받기" />}
      <Link href="/login" className="text-center text-sm text-stone-500 hover:underline">
        로그인으로 돌아가기
      </Link>
    </>
  );
}
