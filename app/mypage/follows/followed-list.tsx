"use client";

import { LoadMoreList } from "@/app/mypage/load-more";
import { AtelierCard } from "@/components/atelier-card";
import type { Page } from "@/lib/cursor";
import type { FollowedAtelier } from "@/lib/follows";
import { formatDate } from "@/lib/format";

/** 팔로우하는 작가 with the button in place. */
export function FollowedList({ first, empty }: { first: Page<FollowedAtelier>; empty: React.ReactNode }) {
  return (
    <LoadMoreList
      first={first}
      empty={empty}
      endpoint="/api/me/follows"
      className="grid grid-cols-1 gap-3 sm:grid-cols-2"
      render={(atelier) => (
        <AtelierCard atelier={atelier} note={`${formatDate(new Date(atelier.followedAt))}부터`} refreshAfter />
      )}
    />
  );
}
