"use client";

import Link from "next/link";
import { LoadMoreList } from "@/app/mypage/load-more";
import { FollowButton } from "@/components/follow-button";
import { PinIcon } from "@/components/icons";
import type { Page } from "@/lib/cursor";
import type { FollowedAtelier } from "@/lib/follows";
import { formatCount, formatDate } from "@/lib/format";

/** 팔로우하는 작가 with the button in place. */
export function FollowedList({ first, empty }: { first: Page<FollowedAtelier>; empty: React.ReactNode }) {
  return (
    <LoadMoreList
      first={first}
      empty={empty}
      endpoint="/api/me/follows"
      className="grid gap-3 sm:grid-cols-2"
      render={(atelier) => (
        <article className="flex items-center gap-3 rounded-2xl border border-stone-200 p-4">
          {/* eslint-disable-next-line @next/next/no-img-element -- locally generated SVG */}
          <img src={atelier.profileImage} alt="" width={56} height={56} loading="lazy" className="size-14 shrink-0 rounded-full bg-stone-100" />
          <div className="min-w-0 flex-1">
            <h3 className="truncate font-semibold">
              <Link href={`/ateliers/${atelier.id}`} className="hover:underline">
                {atelier.name}
              </Link>
            </h3>
            <p className="truncate text-xs text-stone-500">{atelier.tagline}</p>
            <p className="mt-0.5 flex items-center gap-1 text-xs text-stone-400">
              <PinIcon className="size-3.5" />
              {atelier.location} · 팔로워 {formatCount(atelier.followerCount)} · {formatDate(new Date(atelier.followedAt))}부터
            </p>
          </div>
          <FollowButton atelierId={atelier.id} atelierName={atelier.name} following followerCount={atelier.followerCount} signedIn refreshAfter />
        </article>
      )}
    />
  );
}
