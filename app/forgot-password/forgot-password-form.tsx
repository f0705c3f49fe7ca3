"use client";

import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { ResendMailButton } from "@/components/forms/resend-mail-button";
import { authRules, busyWithAuthRules } from "@/components/forms/auth-rules";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { callApi } from "@/lib/api-client";

export function ForgotPasswordForm() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = new FormData(event.currentTarget).get("email");
    const rules = await busyWithAuthRules(setPending, setError);
    if (!rules) return;
    const parsed = rules.emailSchema.safeParse(email);
    if (!parsed.success) {
      setPending(false);
      setError(parsed.error.issues[0]!.message);
      return;
    }
    const result = await callApi("POST", "/api/auth/password-reset", { email: parsed.data });
    setPending(false);
    if (result.ok) {
      setError(null);
      setSentTo(parsed.data);
    } else setError(result.message);
  }

  if (sentTo) {
    return (
      <>
        <FormAlert tone="success">
          {sentTo}로 가입된 계정이 있다면 비밀번호 재설정 메일을 보냈어요. 링크는 10분 동안 유효해요.
        </FormAlert>
        <ResendMailButton email={sentTo} endpoint="/api/auth/password-reset" label="메일 다시 받기" initialCooldown={60} />
      </>
    );
  }
  return (
    <form onSubmit={submit} onFocus={() => void authRules()} className="flex flex-col gap-4" noValidate>
      <TextField label="이메일" name="email" type="email" autoComplete="email" inputMode="email" required errors={error ? [error] : undefined} />
      <SubmitButton pending={pending}>재설정 메일 받기</SubmitButton>
    </form>
  );
}
