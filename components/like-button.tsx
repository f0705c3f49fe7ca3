"use client";

import { HeartIcon } from "@/components/icons/heart";
import { useSyncedToggle } from "@/components/toggles/use-synced-toggle";
import { formatCompactCount } from "@/lib/format";

/** `title`: the product's, so each heart on a page full of them says what it 찜s. */
type Props = { productId: number; title: string; count: number; size?: "sm" | "lg"; refreshAfter?: boolean };

/**
 * 찜하기: a heart toggle (aria-pressed) with the count beside it. The page (cached, the same for
 * everyone) gives the count; whether this viewer has 찜'd it comes after load: until then the
 * heart is empty and busy (no aria-pressed, clicks ignored), in the same place and size.
 */
export function LikeButton({ productId, title, count, size = "sm", refreshAfter }: Props) {
  const { shown, buttonProps } = useSyncedToggle({ kind: "like", id: productId, pageCount: count, refreshAfter });
  const big = size === "lg";
  return (
    <span className={`inline-flex items-center gap-1 ${shown.on ? "text-brand-600" : "text-stone-500"}`}>
      <button
        type="button"
        aria-label={`${title} 찜하기`}
        {...buttonProps}
        className={`inline-flex items-center justify-center rounded-full transition hover:text-brand-600 active:scale-90 aria-busy:cursor-progress ${big ? "size-12 border border-stone-200" : "size-8"}`}
      >
        <HeartIcon filled={shown.on} className={big ? "size-6" : "size-5"} />
      </button>
      <span className={big ? "text-base tabular-nums" : "text-xs tabular-nums"}>
        <span className="sr-only">찜 </span>
        {formatCompactCount(shown.count)}
      </span>
    </span>
  );
}
