"use client";

import { useActionState, useEffect } from "react";
import { login, type LoginState } from "@/app/login/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { ResendMailButton } from "@/components/forms/resend-mail-button";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useFocusInvalid } from "@/components/forms/use-focus-invalid";
import { useCountdown } from "@/components/forms/use-countdown";

/** The email typed here, kept in this tab while the visitor tries 카카오 로그인 instead. */
const TYPED_EMAIL = "comegongbang:login-email";

function keepTypedEmail(value: string) {
  try {
    sessionStorage.setItem(TYPED_EMAIL, value);
  } catch {
    // Storage disabled: the visitor types it again.
  }
}

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<LoginState, FormData>(login, {});
  const left = useCountdown(state.error?.lockedUntil ?? null);
  const form = useFocusInvalid(state, Boolean(state.error || state.fields), 'input[name="password"]');
  // Back from a failed Kakao login (?error=): the email typed before it is still there.
  useEffect(() => {
    const input = form.current?.elements.namedItem("email");
    if (!(input instanceof HTMLInputElement) || input.value || !new URLSearchParams(window.location.search).has("error")) return;
    try {
      input.value = sessionStorage.getItem(TYPED_EMAIL) ?? "";
    } catch {
      // Storage disabled.
    }
  }, [form]);
  return (
    <form ref={form} action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state.error && (
        <FormAlert tone="error">
          {state.error.message}
          {state.error.code === "locked" && left > 0 && ` ${left < 60 ? `${left}초` : `${Math.ceil(left / 60)}분`} 뒤에 다시 시도할 수 있어요.`}
        </FormAlert>
      )}
      <TextField
        label="이메일"
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={state.email}
        onChange={(e) => keepTypedEmail(e.target.value)}
        errors={state.fields?.email}
      />
      <TextField label="비밀번호" name="password" type="password" autoComplete="current-password" required errors={state.fields?.password} />
      <SubmitButton pending={pending}>로그인</SubmitButton>
      {state.error?.code === "unverified" && state.email && (
        <ResendMailButton email={state.email} endpoint="/api/auth/resend-verification" label="인증 메일 다시 받기" callbackUrl={callbackUrl} />
      )}
      <p className="text-center text-sm text-stone-500">
        <a href="/forgot-password" className="hover:underline">
          비밀번호 찾기
        </a>
        <span aria-hidden="true" className="mx-2">|</span>
        <a href={`/signup${callbackUrl !== "/" ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`} className="hover:underline">
          회원가입
        </a>
      </p>
    </form>
  );
}
