"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { AgreementItem } from "@/components/forms/agreement-items";
import { AgreementsFieldset, agreementsOf } from "@/components/forms/agreements-fieldset";
import { FormAlert } from "@/components/forms/form-alert";
import { authRules, busyWithAuthRules } from "@/components/forms/auth-rules";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useFocusInvalid } from "@/components/forms/use-focus-invalid";
import { callApi } from "@/lib/api-client";
import { loginHref } from "@/lib/login-link";
import { fieldErrorsOf } from "@/lib/form-errors";
import { PASSWORD_MIN } from "@/lib/validation/auth-constants";

/**
 * `callbackUrl` (already checked by the page) travels with the signup into the mailed link and
 * every way back to login, so a shopper sent here by 찜 comes back to that 찜 (issue #18 journey 1).
 */
export function SignupForm({ agreementItems, callbackUrl }: { agreementItems: AgreementItem[]; callbackUrl: string }) {
  const router = useRouter();
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Bumped by every refused submit, so focus moves to the first field named in the answer.
  const [refusals, setRefusals] = useState(0);
  const formRef = useFocusInvalid(refusals, refusals > 0);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = { email: form.get("email"), nickname: form.get("nickname"), password: form.get("password"), passwordConfirm: form.get("passwordConfirm"), agreements: agreementsOf(form) };
    const rules = await busyWithAuthRules(setPending, setError);
    if (!rules) return;
    const parsed = rules.signupFormSchema.safeParse(values);
    if (!parsed.success) {
      setPending(false);
      setFields(fieldErrorsOf(parsed.error));
      setRefusals((n) => n + 1);
      return;
    }
    setFields({});
    setError(null);
    const { passwordConfirm: _, ...body } = parsed.data;
    const result = await callApi("POST", "/api/auth/signup", { ...body, callbackUrl });
    setPending(false);
    if (result.ok) {
      router.push(`/signup/check-email?${new URLSearchParams({ email: parsed.data.email, callbackUrl })}`);
      return;
    }
    setFields(result.fields);
    if (!Object.keys(result.fields).length) setError(result.message);
    else setRefusals((n) => n + 1);
  }

  return (
    <form ref={formRef} onSubmit={submit} onFocus={() => void authRules()} className="flex flex-col gap-4" noValidate>
      {error && <FormAlert tone="error">{error}</FormAlert>}
      <TextField label="이메일" name="email" type="email" autoComplete="email" inputMode="email" required errors={fields.email} />
      <TextField label="닉네임" name="nickname" autoComplete="nickname" required maxLength={20} hint="2~20자, 한글·영문·숫자와 _ . -" errors={fields.nickname} />
      <TextField
        label="비밀번호"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={`${PASSWORD_MIN}자 이상, 흔한 비밀번호나 이메일 아이디는 쓸 수 없어요`}
        errors={fields.password}
      />
      <TextField label="비밀번호 확인" name="passwordConfirm" type="password" autoComplete="new-password" required errors={fields.passwordConfirm} />
      <AgreementsFieldset items={agreementItems} errors={fields} />
      <SubmitButton pending={pending}>가입하기</SubmitButton>
      <p className="text-center text-sm text-stone-500">
        이미 계정이 있나요?{" "}
        <a href={loginHref(callbackUrl)} className="font-semibold text-ink hover:underline">
          로그인
        </a>
      </p>
    </form>
  );
}
