"use client";

import { useToggleView } from "@/components/viewer/viewer";

/**
 * A follower-only event says whom to follow, or that the viewer already does. Which one is the
 * viewer's (after load); the box keeps its place meanwhile, empty, so nothing below it moves.
 */
/** `particle`: 을 or 를 for the name, resolved on the server (es-hangul stays out of the page's script). */
export function FollowerNotice({ atelierId, atelierName, particle }: { atelierId: number; atelierName: string; particle: string }) {
  const view = useToggleView("follow", atelierId);
  const following = view.ready && view.entry.on;
  return (
    <p className={`mt-6 rounded-xl bg-stone-100 px-4 py-3 text-sm ${view.ready ? "" : "invisible"}`}>
      <a href={`/ateliers/${atelierId}`} className="font-semibold underline">
        {atelierName}
      </a>
      {particle}
      {following ? " 팔로우하고 있어요. 이 쿠폰을 받을 수 있어요." : " 팔로우하면 이 쿠폰을 받을 수 있어요."}
    </p>
  );
}
