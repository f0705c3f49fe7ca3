"use client";

import { useSyncExternalStore } from "react";
import { useViewerStore } from "@/components/viewer/viewer";
import { formatCount } from "@/lib/format";

/**
 * A 찜 or follower count printed apart from its toggle ("282명이 찜했어요", a card's "팔로워 57"):
 * the page's count until a toggle on this page answers, then that answer's exact one, so every
 * count of the same thing on the page agrees with the button.
 */
export function ToggleCount({ kind, id, pageCount }: { kind: "like" | "follow"; id: number; pageCount: number }) {
  const store = useViewerStore();
  const count = useSyncExternalStore(
    store.subscribe,
    () => store.toggle(kind, id)?.count ?? pageCount,
    () => pageCount,
  );
  return <>{formatCount(count)}</>;
}
