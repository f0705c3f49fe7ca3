"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type * as z from "zod/mini";
import { FormAlert } from "@/components/forms/form-alert";
import { authRules, busyWithAuthRules } from "@/components/forms/auth-rules";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { callApi } from "@/lib/api-client";
import { fieldErrorsOf } from "@/lib/form-errors";
import type * as authSchemas from "@/lib/validation/auth";
import { DELETE_CONFIRMATION } from "@/lib/validation/auth-constants";

type Outcome = { fields: Record<string, string[]>; notice: { tone: "error" | "success"; text: string } | null };
const empty: Outcome = { fields: {}, notice: null };

/**
 * Runs one account form: validate with the shared zod schema (`pick` names it in the account
 * rules, loaded on first use), send, and turn the answer into field messages or a notice.
 */
function useAccountForm<S extends z.ZodMiniType>(pick: (rules: typeof authSchemas) => S) {
  const [outcome, setOutcome] = useState<Outcome>(empty);
  const [pending, setPending] = useState(false);
  async function submit(values: unknown, send: (data: z.output<S>) => ReturnType<typeof callApi>, success: string): Promise<boolean> {
    const rules = await busyWithAuthRules(setPending, (message) => setOutcome({ fields: {}, notice: { tone: "error", text: message } }));
    if (!rules) return false;
    const parsed = pick(rules).safeParse(values);
    if (!parsed.success) {
      setPending(false);
      setOutcome({ fields: fieldErrorsOf(parsed.error), notice: null });
      return false;
    }
    const result = await send(parsed.data);
    setPending(false);
    if (result.ok) {
      setOutcome({ fields: {}, notice: { tone: "success", text: success } });
      return true;
    }
    const hasFields = Object.keys(result.fields).length > 0;
    setOutcome({ fields: result.fields, notice: hasFields ? null : { tone: "error", text: result.message } });
    return false;
  }
  return { outcome, pending, submit };
}

const preloadRules = () => void authRules();

const formValues = (event: React.FormEvent<HTMLFormElement>) => {
  event.preventDefault();
  return Object.fromEntries(new FormData(event.currentTarget));
};

export function AccountForms({ nickname, hasPassword, ownsAtelier }: { nickname: string; hasPassword: boolean; ownsAtelier: boolean }) {
  return (
    <>
      <NicknameForm nickname={nickname} />
      {hasPassword && <PasswordForm />}
      <DeleteAccountForm hasPassword={hasPassword} ownsAtelier={ownsAtelier} />
    </>
  );
}

function NicknameForm({ nickname }: { nickname: string }) {
  const router = useRouter();
  const form = useAccountForm((rules) => rules.profileSchema);
  return (
    <section aria-labelledby="nickname-title">
      <h2 id="nickname-title" className="text-lg font-bold">닉네임 변경</h2>
      <form
        className="mt-4 flex flex-col gap-3"
        noValidate
        onFocus={preloadRules}
        onSubmit={async (e) => {
          if (await form.submit(formValues(e), (d) => callApi("PATCH", "/api/me", d), "닉네임을 바꿨어요.")) router.refresh();
        }}
      >
        {form.outcome.notice && <FormAlert tone={form.outcome.notice.tone}>{form.outcome.notice.text}</FormAlert>}
        <TextField label="닉네임" name="nickname" defaultValue={nickname} maxLength={20} errors={form.outcome.fields.nickname} />
        <SubmitButton pending={form.pending} variant="secondary" className="self-start">
          닉네임 저장
        </SubmitButton>
      </form>
    </section>
  );
}

function PasswordForm() {
  const form = useAccountForm((rules) => rules.passwordChangeSchema);
  return (
    <section aria-labelledby="password-title">
      <h2 id="password-title" className="text-lg font-bold">비밀번호 변경</h2>
      <p className="mt-1 text-sm text-stone-500">바꾸면 이 기기를 뺀 모든 기기에서 로그아웃돼요.</p>
      <form
        className="mt-4 flex flex-col gap-3"
        noValidate
        onFocus={preloadRules}
        onSubmit={async (e) => {
          const target = e.currentTarget;
          if (await form.submit(formValues(e), (d) => callApi("PUT", "/api/me/password", d), "비밀번호를 바꿨어요. 다른 기기에서는 로그아웃되었어요.")) target.reset();
        }}
      >
        {form.outcome.notice && <FormAlert tone={form.outcome.notice.tone}>{form.outcome.notice.text}</FormAlert>}
        <TextField label="현재 비밀번호" name="currentPassword" type="password" autoComplete="current-password" errors={form.outcome.fields.currentPassword} />
        <TextField label="새 비밀번호" name="password" type="password" autoComplete="new-password" errors={form.outcome.fields.password} />
        <TextField label="새 비밀번호 확인" name="passwordConfirm" type="password" autoComplete="new-password" errors={form.outcome.fields.passwordConfirm} />
        <SubmitButton pending={form.pending} variant="secondary" className="self-start">
          비밀번호 변경
        </SubmitButton>
      </form>
    </section>
  );
}

function DeleteAccountForm({ hasPassword, ownsAtelier }: { hasPassword: boolean; ownsAtelier: boolean }) {
  const router = useRouter();
  const form = useAccountForm((rules) => rules.deleteAccountSchema);
  return (
    <section aria-labelledby="delete-title" className="rounded-2xl border border-red-200 p-5">
      <h2 id="delete-title" className="text-lg font-bold text-red-700">회원 탈퇴</h2>
      <p className="mt-1 text-sm leading-6 text-stone-600">
        찜한 작품과 팔로우가 모두 지워지고 되돌릴 수 없어요. 받은 쿠폰도 더 이상 쓸 수 없어요.
        {ownsAtelier && " 공방을 운영 중인 계정은 고객센터를 통해 탈퇴할 수 있어요."}
      </p>
      <form
        className="mt-4 flex flex-col gap-3"
        noValidate
        onFocus={preloadRules}
        onSubmit={async (e) => {
          const values = formValues(e);
          if (await form.submit(values, (d) => callApi("DELETE", "/api/me", d), "탈퇴했어요.")) {
            router.replace("/");
            router.refresh();
          }
        }}
      >
        {form.outcome.notice && <FormAlert tone={form.outcome.notice.tone}>{form.outcome.notice.text}</FormAlert>}
        {hasPassword ? (
          <TextField label="비밀번호 확인" name="password" type="password" autoComplete="current-password" errors={form.outcome.fields.password} />
        ) : (
          <TextField label={`확인을 위해 ‘${DELETE_CONFIRMATION}’라고 입력해 주세요`} name="confirmation" autoComplete="off" errors={form.outcome.fields.confirmation} />
        )}
        <SubmitButton pending={form.pending} variant="danger" className="self-start" disabled={ownsAtelier}>
          탈퇴하기
        </SubmitButton>
      </form>
    </section>
  );
}
