"use client";

import { useSyncedToggle } from "@/components/toggles/use-synced-toggle";
import { formatCount } from "@/lib/format";

type Props = {
  atelierId: number;
  atelierName: string;
  followerCount: number;
  size?: "sm" | "lg";
  /** Show "팔로워 N" before the button (the atelier page); cards show it elsewhere. */
  showCount?: boolean;
  refreshAfter?: boolean;
};

/**
 * 팔로우 / 팔로잉 toggle (aria-pressed); its accessible name says which atelier. Whether this
 * viewer follows comes after load (the page is cached, the same for everyone): until then the
 * button says 팔로우 and is busy (no aria-pressed, clicks ignored). An owner gets no button on
 * their own atelier: the atelier page says 내 공방 there, a card shows nothing.
 */
export function FollowButton({ atelierId, atelierName, followerCount, size = "sm", showCount = false, refreshAfter }: Props) {
  const { view, shown, buttonProps } = useSyncedToggle({ kind: "follow", id: atelierId, pageCount: followerCount, refreshAfter });
  const count = <strong className="font-semibold text-ink tabular-nums">{formatCount(shown.count)}</strong>;
  if (view.ready && view.ownAtelierId === atelierId) return showCount ? <p className="text-sm text-stone-600">내 공방 · 팔로워 {count}</p> : null;
  return (
    <span className="inline-flex items-center gap-3">
      {showCount && <span className="text-sm text-stone-600">팔로워 {count}</span>}
      <button
        type="button"
        {...buttonProps}
        className={`shrink-0 rounded-full border font-semibold transition aria-busy:cursor-progress ${size === "lg" ? "px-6 py-2.5 text-sm" : "px-3.5 py-1.5 text-xs"} ${
          shown.on ? "border-stone-300 bg-white text-stone-700 hover:bg-stone-50" : "border-brand-500 bg-brand-500 text-white hover:border-brand-600 hover:bg-brand-600"
        }`}
      >
        {shown.on ? "팔로잉" : "팔로우"}
        <span className="sr-only"> {atelierName}</span>
      </button>
    </span>
  );
}
