"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { callApi } from "@/lib/api-client";
import { fieldErrorsOf } from "@/lib/form-errors";
import { passwordResetSchema } from "@/lib/validation/auth";

export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = passwordResetSchema.safeParse({ token, ...Object.fromEntries(new FormData(event.currentTarget)) });
    if (!parsed.success) {
      setFields(fieldErrorsOf(parsed.error));
      return;
    }
    setPending(true);
    const result = await callApi("POST", "/api/auth/password-reset/confirm", parsed.data);
    setPending(false);
    if (result.ok) router.replace("/login?reset=1");
    else setFields(Object.keys(result.fields).length ? result.fields : { _: [result.message] });
  }

  const linkProblem = fields.token ?? fields._;
  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      {linkProblem && (
        <FormAlert tone="error">
          {linkProblem[0]}{" "}
          <Link href="/forgot-password" className="font-semibold underline">
            비밀번호 찾기
          </Link>
        </FormAlert>
      )}
      <TextField label="새 비밀번호" name="password" type="password" autoComplete="new-password" required errors={fields.password} />
      <TextField label="새 비밀번호 확인" name="passwordConfirm" type="password" autoComplete="new-password" required errors={fields.passwordConfirm} />
      <SubmitButton pending={pending}>비밀번호 바꾸기</SubmitButton>
    </form>
  );
}
