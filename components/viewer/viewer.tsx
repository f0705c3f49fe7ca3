"use client";

import { usePathname } from "next/navigation";
import { createContext, use, useEffect, useState, useSyncExternalStore } from "react";
import { ViewerStore, type Subject, type ToggleEntry, type ToggleSubject } from "@/components/viewer/viewer-store";
import { callApi } from "@/lib/api-client";
import type { HeldCoupon, ViewerQuery, ViewerState } from "@/lib/member-state";

const ViewerContext = createContext<ViewerStore | null>(null);

async function fetchViewer(query: ViewerQuery): Promise<ViewerState | null> {
  const params = Object.entries(query)
    .filter(([, ids]) => ids.length > 0)
    .map(([name, ids]) => `${name}=${ids.join(",")}`);
  const answer = await callApi<ViewerState>("GET", `/api/me/viewer${params.length ? `?${params.join("&")}` : ""}`);
  return answer.ok ? answer.data : null;
}

/**
 * Holds the viewer's state for the whole app (it sits in the root layout) and starts a new page
 * view on every navigation. Its effect runs after the page's own (effects run child-first), so
 * the first request already carries every id the page registered.
 */
export function ViewerProvider({ children }: { children: React.ReactNode }) {
  const [store] = useState(() => new ViewerStore(fetchViewer));
  const pathname = usePathname();
  useEffect(() => store.startView(), [store, pathname]);
  return <ViewerContext value={store}>{children}</ViewerContext>;
}

export function useViewerStore(): ViewerStore {
  const store = use(ViewerContext);
  if (!store) throw new Error("useViewerStore outside ViewerProvider");
  return store;
}

/** Registers an id for the page's viewer request while the caller is mounted. */
function useRegistered(store: ViewerStore, subject: Subject, id: number): void {
  useEffect(() => store.register(subject, id), [store, subject, id]);
}

/**
 * The same, for a part of the page whose own script loads later (React.lazy): registered at
 * hydration, its id goes out in the page view's one viewer request instead of one more after.
 */
export function useRegisteredAhead(subject: Subject, id: number): void {
  useRegistered(useViewerStore(), subject, id);
}

/** Who is looking: `member` undefined until the first answer; `current` once this page view's came. */
export function useViewerMember() {
  const store = useViewerStore();
  // The server renders the page for everyone: it has no member (the same first snapshot).
  return useSyncExternalStore(store.subscribe, store.member, store.member);
}

/** 마이페이지 알림 not yet read (0 until the first answer, and for a visitor). */
export function useUnreadNotifications(): number {
  const store = useViewerStore();
  return useSyncExternalStore(store.subscribe, store.unread, () => 0);
}

type ToggleView = { ready: false } | { ready: true; signedIn: boolean; entry: ToggleEntry; ownAtelierId: number | null };

/** A 찜, follow or 오픈 알림 toggle's state for this viewer; not ready until the answer covers its id. */
export function useToggleView(subject: ToggleSubject, id: number): ToggleView {
  const store = useViewerStore();
  useRegistered(store, subject, id);
  const entry = useSyncExternalStore(store.subscribe, () => store.toggle(subject, id), () => undefined);
  const { member } = useViewerMember();
  if (!entry || member === undefined) return { ready: false };
  return { ready: true, signedIn: member !== null, entry, ownAtelierId: member?.atelierId ?? null };
}

type CouponView = { ready: false } | { ready: true; signedIn: boolean; coupon: HeldCoupon | null };

/** Whether this viewer holds the event's coupon; not ready until the answer covers the event. */
export function useCouponView(eventId: number): CouponView {
  const store = useViewerStore();
  useRegistered(store, "coupon", eventId);
  const coupon = useSyncExternalStore(store.subscribe, () => store.coupon(eventId), () => undefined);
  const { member } = useViewerMember();
  if (coupon === undefined || member === undefined) return { ready: false };
  return { ready: true, signedIn: member !== null, coupon };
}
