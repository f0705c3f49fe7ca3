"use client";

import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { useCountdown } from "@/components/forms/use-countdown";
import { callApi } from "@/lib/api-client";

/** `callbackUrl`: where a resent verification link returns to (the signup's own). */
type Props = { email: string; endpoint: string; label: string; initialCooldown?: number; callbackUrl?: string };

/**
 * Sends an account mail again. The server's cooldown (429 + Retry-After) is shown as a live
 * countdown on the button, so nobody clicks into a wall.
 */
export function ResendMailButton({ email, endpoint, label, initialCooldown = 0, callbackUrl }: Props) {
  const [until, setUntil] = useState<number | null>(() => (initialCooldown ? Date.now() + initialCooldown * 1000 : null));
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const left = useCountdown(until);

  async function resend() {
    setPending(true);
    const result = await callApi("POST", endpoint, { email, callbackUrl });
    setPending(false);
    if (result.ok) {
      setMessage({ tone: "success", text: "메일을 다시 보냈어요. 메일함을 확인해 주세요." });
      setUntil(Date.now() + 60_000);
    } else {
      setMessage({ tone: "error", text: result.fields.email?.[0] ?? result.message });
      if (result.retryAfter) setUntil(Date.now() + result.retryAfter * 1000);
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <button
        type="button"
        onClick={resend}
        disabled={pending || left > 0}
        className="h-12 rounded-xl border border-stone-300 px-5 text-[15px] font-semibold hover:bg-stone-50 disabled:cursor-not-allowed disabled:text-stone-400"
      >
        {left > 0 ? `${label} (${left}초 후 가능)` : label}
      </button>
      {message && <FormAlert tone={message.tone}>{message.text}</FormAlert>}
    </div>
  );
}
