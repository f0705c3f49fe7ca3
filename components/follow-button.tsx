"use client";

import { usePathname, useRouter } from "next/navigation";

type Props = { atelierId: number; following: boolean; atelierName: string; size?: "sm" | "lg" };

/** 팔로우 toggle. Not signed in: goes to /login and comes back here. */
export function FollowButton({ following, atelierName, size = "sm" }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  return (
    <button
      type="button"
      aria-pressed={following}
      onClick={() => router.push(`/login?callbackUrl=${encodeURIComponent(pathname)}`)}
      className={`rounded-full font-semibold transition ${size === "lg" ? "px-6 py-2.5 text-sm" : "px-3.5 py-1.5 text-xs"} ${
        following ? "border border-stone-300 bg-white text-stone-700" : "bg-brand-500 text-white hover:bg-brand-600"
      }`}
    >
      {following ? "팔로잉" : "팔로우"}
      <span className="sr-only"> {atelierName}</span>
    </button>
  );
}
