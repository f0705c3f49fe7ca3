"use client";

import { HeartIcon } from "@/components/icons";
import { useSyncedToggle } from "@/components/toggles/use-synced-toggle";
import { formatCompactCount } from "@/lib/format";

type Props = { productId: number; liked: boolean; count: number; signedIn: boolean; size?: "sm" | "lg"; refreshAfter?: boolean };

const read = (data: unknown) => {
  const { liked, likeCount } = data as { liked: boolean; likeCount: number };
  return { on: liked, count: likeCount };
};

/**
 * 찜하기: a heart toggle (aria-pressed) with the count beside it. Keyed by the server's values,
 * so a re-render of the page with new ones (router.refresh) starts from them.
 */
export function LikeButton(props: Props) {
  return <LikeToggle key={`${props.liked}:${props.count}`} {...props} />;
}

function LikeToggle({ productId, liked, count, signedIn, size = "sm", refreshAfter }: Props) {
  const { shown, toggle } = useSyncedToggle({
    initial: { on: liked, count },
    signedIn,
    url: `/api/products/${productId}/like`,
    read,
    intent: `like:${productId}`,
    refreshAfter,
  });
  const big = size === "lg";
  return (
    <span className={`inline-flex items-center gap-1 ${shown.on ? "text-brand-600" : "text-stone-500"}`}>
      <button
        type="button"
        aria-label="찜하기"
        aria-pressed={shown.on}
        onClick={toggle}
        className={`inline-flex items-center justify-center rounded-full transition hover:text-brand-600 active:scale-90 ${big ? "size-12 border border-stone-200" : "size-8"}`}
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
