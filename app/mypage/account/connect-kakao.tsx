"use client";

import { useRef, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { authRules, busyWithAuthRules } from "@/components/forms/auth-rules";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { callApi } from "@/lib/api-client";

const kakaoButton = "rounded-full bg-kakao px-4 py-2 text-sm font-semibold text-black/85 hover:brightness-95";

/**
 * 카카오 연결하기. Linking needs a login or the password within the last 5 minutes
 * (lib/auth/reauth.ts); otherwise the password is asked first, then the link starts.
 */
export function ConnectKakao({ connect, needsReauth, hasPassword, askNow }: { connect: () => Promise<void>; needsReauth: boolean; hasPassword: boolean; askNow: boolean }) {
  const linkForm = useRef<HTMLFormElement>(null);
  const [asking, setAsking] = useState(askNow && needsReauth && hasPassword);
  // One message, announced (role=alert), whether the browser or the server refused.
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function confirm(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(event.currentTarget));
    const rules = await busyWithAuthRules(setPending, setError);
    if (!rules) return;
    const parsed = rules.reauthSchema.safeParse(values);
    if (!parsed.success) {
      setPending(false);
      setError(parsed.error.issues[0]?.message ?? "비밀번호를 입력해 주세요.");
      return;
    }
    const result = await callApi("POST", "/api/me/reauth", parsed.data);
    if (!result.ok) {
      setPending(false);
      setError(result.message);
      return;
    }
    // The session is fresh for 5 minutes now: start the Kakao link (a full-page redirect).
    linkForm.current?.requestSubmit();
  }

  const link = (
    <form action={connect} ref={linkForm}>
      {!asking && (
        <button type={needsReauth ? "button" : "submit"} onClick={needsReauth ? () => setAsking(true) : undefined} className={kakaoButton}>
          카카오 연결하기
        </button>
      )}
    </form>
  );
  if (!needsReauth) return link;
  if (!hasPassword) return <p className="text-stone-500">안전을 위해 다시 로그인한 뒤 5분 안에 연결할 수 있어요.</p>;
  return (
    <>
      {link}
      {asking && (
        <form onSubmit={confirm} onFocus={() => void authRules()} noValidate aria-labelledby="reauth-title" className="flex basis-full flex-col gap-3 rounded-xl bg-stone-50 p-4">
          <p id="reauth-title" className="font-semibold">
            본인 확인
          </p>
          <p className="text-stone-600">다른 로그인 방법을 연결하려면 비밀번호를 한 번 더 입력해 주세요.</p>
          {error && <FormAlert tone="error">{error}</FormAlert>}
          <TextField label="비밀번호 다시 입력" name="password" type="password" autoComplete="current-password" autoFocus aria-invalid={error ? true : undefined} />
          <div className="flex gap-2">
            <SubmitButton pending={pending} variant="secondary">
              확인하고 카카오 연결하기
            </SubmitButton>
            <button type="button" onClick={() => setAsking(false)} className="h-12 rounded-xl px-4 text-stone-600 hover:bg-stone-100">
              취소
            </button>
          </div>
        </form>
      )}
    </>
  );
}
