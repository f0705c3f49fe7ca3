"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "@/components/toaster";
import { callApi } from "@/lib/api-client";

/**
 * 연결 해제. `blockedBy`: why it cannot be done (Kakao is the only way to log in), shown beside a
 * disabled button instead of a button that can only fail.
 */
export function DisconnectKakaoButton({ blockedBy }: { blockedBy: string | null }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  async function disconnect() {
    setPending(true);
    const result = await callApi("DELETE", "/api/me/kakao");
    setPending(false);
    if (!result.ok) {
      toast.error(result.message);
      return;
    }
    toast.success("카카오 연결을 해제했어요.");
    router.refresh();
  }
  return (
    <span className="flex flex-wrap items-center justify-end gap-3">
      <span className="font-semibold text-emerald-700">연결됨</span>
      <button
        type="button"
        onClick={disconnect}
        disabled={pending || blockedBy !== null}
        aria-describedby={blockedBy ? "kakao-leave-blocked" : undefined}
        className="rounded-full border border-stone-300 px-3 py-1.5 text-xs hover:bg-stone-50 disabled:cursor-not-allowed disabled:text-stone-400"
      >
        연결 해제
      </button>
      {blockedBy && (
        <span id="kakao-leave-blocked" className="w-full text-right text-xs text-stone-500">
          {blockedBy}
        </span>
      )}
    </span>
  );
}
