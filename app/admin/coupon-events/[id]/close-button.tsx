"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "@/components/toaster";
import { callApi } from "@/lib/api-client";

/** Closes the event now, after a confirmation: it cannot be undone and claims stop at once. */
export function CloseEventButton({ eventId, title }: { eventId: number; title: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);

  async function close() {
    if (!window.confirm(`‘${title}’ 이벤트를 지금 종료할까요?\n종료하면 더 이상 쿠폰을 받을 수 없고, 되돌릴 수 없어요.`)) return;
    setPending(true);
    const result = await callApi("POST", `/api/admin/coupon-events/${eventId}/close`);
    setPending(false);
    if (result.ok) toast.success("이벤트를 종료했어요.");
    else toast.error(result.message);
    // Either way the page is behind (a refusal usually means it already ended): show what is true now.
    router.refresh();
  }

  return (
    <button
      type="button"
      onClick={close}
      disabled={pending}
      aria-busy={pending || undefined}
      className="whitespace-nowrap rounded-full border border-red-200 px-4 py-2 text-sm font-semibold text-red-700 hover:bg-red-50 disabled:cursor-not-allowed disabled:opacity-50"
    >
      이벤트 조기 종료
    </button>
  );
}
