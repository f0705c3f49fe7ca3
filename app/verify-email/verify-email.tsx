"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { ResendMailButton } from "@/components/forms/resend-mail-button";
import { TextField } from "@/components/forms/text-field";
import { callApi } from "@/lib/api-client";
import { loginHref } from "@/lib/login-link";

type Failure = { alreadyVerified: boolean; message: string };

/**
 * Confirms the token with a POST from the page, not on GET of the link: mail scanners that
 * open links must not use up the single-use token. In the browser that signed up the answer
 * has signed the member in: straight back to where the signup started (`callbackUrl`), where a
 * pending 찜 completes; elsewhere, to login with the same return address.
 */
export function VerifyEmail({ token, callbackUrl }: { token: string; callbackUrl: string }) {
  const router = useRouter();
  const [failure, setFailure] = useState<Failure | null>(token ? null : { alreadyVerified: false, message: "인증 링크가 올바르지 않아요." });
  const [email, setEmail] = useState("");
  const sent = useRef(false);

  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    void callApi<{ signedIn: boolean }>("POST", "/api/auth/verify-email", { token }).then((result) => {
      if (result.ok) {
        router.replace(result.data.signedIn ? callbackUrl : loginHref(callbackUrl, "verified"));
        return;
      }
      setFailure({ alreadyVerified: result.code === "ALREADY_VERIFIED", message: result.message });
    });
  }, [token, callbackUrl, router]);

  if (!failure) return <FormAlert tone="info">이메일을 인증하고 있어요…</FormAlert>;
  if (failure.alreadyVerified)
    return (
      <>
        <FormAlert tone="info">{failure.message}</FormAlert>
        <a href={loginHref(callbackUrl)} className="flex h-12 items-center justify-center rounded-xl bg-ink px-5 text-[15px] font-semibold text-white hover:bg-stone-800">
          로그인하기
        </a>
      </>
    );
  return (
    <>
      <FormAlert tone="error">{failure.message}</FormAlert>
      <p className="text-sm text-stone-600">가입한 이메일을 입력하면 인증 메일을 다시 보내 드려요.</p>
      <TextField label="이메일" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      {/* Always there, so the field is never a dead end; the server names what is wrong with the address. */}
      <ResendMailButton email={email.trim()} endpoint="/api/auth/resend-verification" label="인증 메일 다시 받기" callbackUrl={callbackUrl} />
      <a href={loginHref(callbackUrl)} className="text-center text-sm text-stone-500 hover:underline">
        로그인으로 돌아가기
      </a>
    </>
  );
}
