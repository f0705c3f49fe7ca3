"use client";

import { useSyncedToggle } from "@/components/toggles/use-synced-toggle";
import { formatCount } from "@/lib/format";

type Props = {
  atelierId: number;
  atelierName: string;
  following: boolean;
  followerCount: number;
  signedIn: boolean;
  size?: "sm" | "lg";
  /** Show "팔로워 N" before the button (the atelier page); cards show it elsewhere. */
  showCount?: boolean;
  refreshAfter?: boolean;
};

const read = (data: unknown) => {
  const { following, followerCount } = data as { following: boolean; followerCount: number };
  return { on: following, count: followerCount };
};

/**
 * 팔로우 / 팔로잉 toggle (aria-pressed); its accessible name says which atelier. Keyed by the
 * server's values, so a re-render with new ones (router.refresh) starts from them.
 */
export function FollowButton(props: Props) {
  return <FollowToggle key={`${props.following}:${props.followerCount}`} {...props} />;
}

function FollowToggle({ atelierId, atelierName, following, followerCount, signedIn, size = "sm", showCount = false, refreshAfter }: Props) {
  const { shown, toggle } = useSyncedToggle({
    initial: { on: following, count: followerCount },
    signedIn,
    url: `/api/ateliers/${atelierId}/follow`,
    read,
    intent: `follow:${atelierId}`,
    refreshAfter,
  });
  return (
    <span className="inline-flex items-center gap-3">
      {showCount && (
        <span className="text-sm text-stone-600">
          팔로워 <strong className="font-semibold text-ink tabular-nums">{formatCount(shown.count)}</strong>
        </span>
      )}
      <button
        type="button"
        aria-pressed={shown.on}
        onClick={toggle}
        className={`shrink-0 rounded-full font-semibold transition ${size === "lg" ? "px-6 py-2.5 text-sm" : "px-3.5 py-1.5 text-xs"} ${
          shown.on ? "border border-stone-300 bg-white text-stone-700 hover:bg-stone-50" : "bg-brand-500 text-white hover:bg-brand-600"
        }`}
      >
        {shown.on ? "팔로잉" : "팔로우"}
        <span className="sr-only"> {atelierName}</span>
      </button>
    </span>
  );
}
