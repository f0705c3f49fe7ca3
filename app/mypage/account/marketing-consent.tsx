"use client";

import { useState } from "react";
import { toast } from "@/components/toaster";
import { callApi } from "@/lib/api-client";
import { formatDate } from "@/lib/format";

type Consent = { agreed: boolean; since: string | null };

/** What the member sees about their answer: since when they agreed, or when they declined. */
function describe({ agreed, since }: Consent): string {
  if (agreed) return since ? `${formatDate(new Date(since))}부터 받고 있어요.` : "받고 있어요.";
  return since ? `${formatDate(new Date(since))}에 수신을 거부했어요.` : "받지 않고 있어요.";
}

/**
 * 광고성 정보 수신 (optional, asked at signup), inside 회원정보's section of that name: a toggle whose state is the server's answer
 * (PUT /api/me/marketing-consent), never a guess; the change and its date are announced.
 */
export function MarketingConsent({ initial }: { initial: Consent }) {
  const [consent, setConsent] = useState(initial);
  const [pending, setPending] = useState(false);

  async function toggle() {
    if (pending) return;
    setPending(true);
    const result = await callApi<Consent>("PUT", "/api/me/marketing-consent", { agreed: !consent.agreed });
    setPending(false);
    if (result.ok) setConsent(result.data);
    else toast.error(result.message);
  }

  return (
    <div className="mt-4 flex flex-wrap items-center justify-between gap-3 rounded-2xl border border-stone-200 p-4 text-sm">
      {/* Announced when it changes; not role=status, which this page keeps for its one notice. */}
      <p aria-live="polite" className="text-stone-700">
        <span className={consent.agreed ? "font-semibold text-emerald-700" : "font-semibold text-stone-500"}>{consent.agreed ? "수신 동의" : "수신 거부"}</span>
        <span aria-hidden="true"> · </span>
        {describe(consent)}
      </p>
      <button
        type="button"
        aria-pressed={consent.agreed}
        aria-busy={pending || undefined}
        onClick={toggle}
        className="-mx-2 flex h-10 items-center gap-2 rounded-full px-2 text-sm font-semibold text-stone-800 hover:bg-stone-50"
      >
        {/* Drawn as a switch, on or off: a filled button read as "press to agree" while already agreed. */}
        <span aria-hidden="true" className={`relative h-6 w-10 shrink-0 rounded-full transition ${consent.agreed ? "bg-brand-600" : "bg-stone-500"}`}>
          <span className={`absolute top-0.5 size-5 rounded-full bg-white shadow transition-all ${consent.agreed ? "left-[1.125rem]" : "left-0.5"}`} />
        </span>
        광고성 정보 수신 동의
      </button>
    </div>
  );
}
