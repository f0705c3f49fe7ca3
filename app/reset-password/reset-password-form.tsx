"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { authRules, busyWithAuthRules } from "@/components/forms/auth-rules";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { callApi } from "@/lib/api-client";
import { fieldErrorsOf } from "@/lib/form-errors";

/**
 * The new password, and the logins linked to the account: removing Kakao is offered (and
 * pre-checked for an account that already had a password, where a Kakao link may be an
 * intruder's way back in; a Kakao-only member making a first password keeps theirs).
 */
export function ResetPasswordForm({ token, kakaoLinked, hasPassword }: { token: string; kakaoLinked: boolean; hasPassword: boolean }) {
  const router = useRouter();
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const rules = await busyWithAuthRules(setPending, (message) => setFields({ _: [message] }));
    if (!rules) return;
    const parsed = rules.passwordResetSchema.safeParse({ token, password: form.get("password"), passwordConfirm: form.get("passwordConfirm"), unlinkKakao: form.get("unlinkKakao") === "on" });
    if (!parsed.success) {
      setPending(false);
      setFields(fieldErrorsOf(parsed.error));
      return;
    }
    const result = await callApi("POST", "/api/auth/password-reset/confirm", parsed.data);
    setPending(false);
    if (result.ok) router.replace("/login?reset=1");
    else setFields(Object.keys(result.fields).length ? result.fields : { _: [result.message] });
  }

  const linkProblem = fields.token ?? fields._;
  return (
    <form onSubmit={submit} onFocus={() => void authRules()} className="flex flex-col gap-4" noValidate>
      {linkProblem && (
        <FormAlert tone="error">
          {linkProblem[0]}{" "}
          <a href="/forgot-password" className="font-semibold underline">
            비밀번호 찾기
          </a>
        </FormAlert>
      )}
      <TextField label="새 비밀번호" name="password" type="password" autoComplete="new-password" required errors={fields.password} />
      <TextField label="새 비밀번호 확인" name="passwordConfirm" type="password" autoComplete="new-password" required errors={fields.passwordConfirm} />
      {kakaoLinked && (
        <fieldset className="rounded-xl border border-stone-200 p-4 text-sm">
          <legend className="px-1 font-semibold">연결된 로그인</legend>
          <p className="text-stone-600">이 계정에는 카카오 로그인이 연결되어 있어요. 직접 연결한 것이 아니라면 해제해 주세요.</p>
          <label className="mt-3 flex items-center gap-2">
            <input type="checkbox" name="unlinkKakao" defaultChecked={hasPassword} className="size-4" />
            카카오 연결도 해제
          </label>
        </fieldset>
      )}
      <SubmitButton pending={pending}>비밀번호 바꾸기</SubmitButton>
    </form>
  );
}
