"use client";

import { useState } from "react";
import { finishKakaoSignup, type KakaoSignupResult } from "@/app/signup/kakao/actions";
import type { AgreementItem } from "@/components/forms/agreement-items";
import { AgreementsFieldset, agreementsOf } from "@/components/forms/agreements-fieldset";
import { authRules, busyWithAuthRules } from "@/components/forms/auth-rules";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFocusInvalid } from "@/components/forms/use-focus-invalid";
import { fieldErrorsOf } from "@/lib/form-errors";

/** The agreements a first Kakao login gives before its member exists; checked here, then by the action. */
export function KakaoSignupForm({ callbackUrl, agreementItems }: { callbackUrl: string; agreementItems: AgreementItem[] }) {
  const [result, setResult] = useState<KakaoSignupResult>({});
  const [pending, setPending] = useState(false);
  const [refusals, setRefusals] = useState(0);
  const formRef = useFocusInvalid(refusals, refusals > 0);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const agreements = agreementsOf(new FormData(event.currentTarget));
    const rules = await busyWithAuthRules(setPending, (message) => setResult({ error: message }));
    if (!rules) return;
    const parsed = rules.kakaoSignupSchema.safeParse({ agreements });
    const answer = parsed.success ? await finishKakaoSignup(callbackUrl, parsed.data.agreements) : { fields: fieldErrorsOf(parsed.error) };
    // On success the action redirects and this form is gone.
    setPending(false);
    setResult(answer);
    if (answer.fields) setRefusals((n) => n + 1);
  }

  return (
    <form ref={formRef} onSubmit={submit} onFocus={() => void authRules()} className="flex flex-col gap-4" noValidate>
      {result.error && <FormAlert tone="error">{result.error}</FormAlert>}
      <AgreementsFieldset items={agreementItems} errors={result.fields ?? {}} />
      <SubmitButton pending={pending}>동의하고 가입하기</SubmitButton>
    </form>
  );
}
