"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";
import { toast } from "@/components/toaster";
import { callApi } from "@/lib/api-client";
import { takePendingIntent } from "@/lib/pending-intent";

const ACTIONS = {
  like: { url: (id: string) => `/api/products/${id}/like`, done: "찜했어요." },
  follow: { url: (id: string) => `/api/ateliers/${id}/follow`, done: "팔로우했어요." },
} as const;

/**
 * Finishes what a visitor clicked before logging in, once they are back on that page signed
 * in. The intent comes only from this tab's storage (lib/pending-intent.ts), which only our own
 * click writes; nothing in the URL can make a signed-in browser act.
 */
export function PendingIntent({ signedIn }: { signedIn: boolean }) {
  const router = useRouter();
  const pathname = usePathname();

  useEffect(() => {
    if (!signedIn) return;
    const intent = takePendingIntent(pathname);
    if (!intent) return;
    const [kind, id] = intent.split(":") as [keyof typeof ACTIONS, string];
    const action = ACTIONS[kind];
    void callApi("PUT", action.url(id)).then((result) => {
      if (result.ok) toast.success(action.done);
      else toast.error(result.message);
      router.refresh();
    });
  }, [signedIn, pathname, router]);

  return null;
}
