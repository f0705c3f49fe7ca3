"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "@/components/toaster";
import { callApi } from "@/lib/api-client";
import { EVENT_CONSOLES, type EventConsole } from "@/lib/coupons/consoles";

/** Before opening an event is cancelled; once open it is closed early. Neither can be undone. */
const ACTIONS = {
  cancel: {
    label: "취소",
    confirm: (title: string) => `‘${title}’ 이벤트를 취소할까요?\n취소하면 이벤트가 열리지 않고, 되돌릴 수 없어요.`,
    done: "이벤트를 취소했어요.",
  },
  close: {
    label: "조기 종료",
    confirm: (title: string) => `‘${title}’ 이벤트를 지금 종료할까요?\n종료하면 더 이상 쿠폰을 받을 수 없고, 되돌릴 수 없어요.`,
    done: "이벤트를 종료했어요.",
  },
} as const;

/** 취소 or 조기 종료, after a confirmation; the page then shows what is true now. */
export function EventActionButton({ kind, eventId, title, action }: { kind: EventConsole; eventId: number; title: string; action: keyof typeof ACTIONS }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const { label, confirm, done } = ACTIONS[action];

  async function act() {
    if (!window.confirm(confirm(title))) return;
    setPending(true);
    const result = await callApi("POST", `${EVENT_CONSOLES[kind].api}/${eventId}/${action}`);
    setPending(false);
    if (result.ok) toast.success(done);
    else toast.error(result.message);
    // Either way the page is behind (a refusal usually means the event moved on): show what is true now.
    router.refresh();
  }

  return (
    <button
      type="button"
      onClick={act}
      disabled={pending}
      aria-busy={pending || undefined}
      className="whitespace-nowrap rounded-full border border-red-200 px-4 py-2 text-sm font-semibold text-red-700 hover:bg-red-50 disabled:cursor-not-allowed disabled:opacity-50"
    >
      {label}
    </button>
  );
}
