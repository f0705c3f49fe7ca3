"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "@/components/toaster";
import { callApi } from "@/lib/api-client";

export function DisconnectKakaoButton() {
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
    <span className="flex items-center gap-3">
      <span className="font-semibold text-emerald-700">연결됨</span>
      <button type="button" onClick={disconnect} disabled={pending} className="rounded-full border border-stone-300 px-3 py-1.5 text-xs hover:bg-stone-50 disabled:opacity-50">
        연결 해제
      </button>
    </span>
  );
}
