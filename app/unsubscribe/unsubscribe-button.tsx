"use client";

import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { callApi } from "@/lib/api-client";
import { formatDate } from "@/lib/format";

/** Sends the one-click unsubscribe for this link's member and says how it went. */
export function UnsubscribeButton({ token }: { token: string }) {
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  async function unsubscribe() {
    setPending(true);
    const result = await callApi<{ since: string | null }>("POST", `/api/unsubscribe?token=${encodeURIComponent(token)}`);
    setPending(false);
    if (!result.ok) return setOutcome({ tone: "error", text: result.message });
    const day = result.data.since ? `${formatDate(new Date(result.data.since))}에 ` : "";
    setOutcome({ tone: "success", text: `${day}광고성 정보 수신거부가 처리되었어요. 이제 광고 메일을 보내지 않아요.` });
  }

  if (outcome?.tone === "success") return <FormAlert tone="success">{outcome.text}</FormAlert>;
  return (
    <div className="flex flex-col gap-3">
      {outcome && <FormAlert tone="error">{outcome.text}</FormAlert>}
      <p className="text-sm leading-6 text-stone-700">지금 이 메일 주소로 광고성 정보를 받고 있어요. 아래 버튼을 누르면 바로 수신이 거부돼요.</p>
      <SubmitButton type="button" pending={pending} onClick={unsubscribe}>
        수신거부하기
      </SubmitButton>
    </div>
  );
}
