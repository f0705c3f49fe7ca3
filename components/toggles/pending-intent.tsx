"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";
import { toast } from "@/components/toaster";
import { callApi } from "@/lib/api-client";

const ACTIONS = {
  like: { url: (id: string) => `/api/products/${id}/like`, done: "찜했어요." },
  follow: { url: (id: string) => `/api/ateliers/${id}/follow`, done: "팔로우했어요." },
} as const;

/**
 * Finishes what a visitor clicked before logging in: `?intent=like:12` on the page they
 * come back to is performed once (PUT is idempotent), then removed from the URL.
 */
export function PendingIntent({ signedIn }: { signedIn: boolean }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const intent = searchParams.get("intent");
  const handled = useRef<string | null>(null);

  useEffect(() => {
    const match = intent ? /^(like|follow):([1-9]\d{0,9})$/.exec(intent) : null;
    if (!signedIn || !match || handled.current === intent) return;
    handled.current = intent;
    const action = ACTIONS[match[1] as keyof typeof ACTIONS];
    const rest = new URLSearchParams(searchParams);
    rest.delete("intent");
    void callApi("PUT", action.url(match[2]!)).then((result) => {
      if (result.ok) toast.success(action.done);
      else toast.error(result.message);
      router.replace(rest.size ? `${pathname}?${rest}` : pathname, { scroll: false });
      router.refresh();
    });
  }, [intent, signedIn, pathname, router, searchParams]);

  return null;
}
