"use client";

import { usePathname, useRouter } from "next/navigation";
import { HeartIcon } from "@/components/icons";
import { formatCompactCount } from "@/lib/format";

type Props = { productId: number; liked: boolean; count: number; size?: "sm" | "lg" };

/** 찜하기 toggle. Not signed in: goes to /login and comes back here. */
export function LikeButton({ liked, count, size = "sm" }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const big = size === "lg";
  return (
    <span className="inline-flex items-center gap-1 text-stone-500">
      <button
        type="button"
        aria-label="찜하기"
        aria-pressed={liked}
        onClick={() => router.push(`/login?callbackUrl=${encodeURIComponent(pathname)}`)}
        className={`inline-flex items-center justify-center rounded-full transition hover:text-brand-600 ${big ? "size-11 border border-stone-200" : "size-8"} ${liked ? "text-brand-600" : ""}`}
      >
        <HeartIcon filled={liked} className={big ? "size-6" : "size-5"} />
      </button>
      <span className={big ? "text-base tabular-nums" : "text-xs tabular-nums"}>
        <span className="sr-only">찜 </span>
        {formatCompactCount(count)}
      </span>
    </span>
  );
}
