"use client";

import { useEffect } from "react";
import { LoadMoreList } from "@/app/mypage/load-more";
import { useViewerStore } from "@/components/viewer/viewer";
import { callApi } from "@/lib/api-client";
import type { Page } from "@/lib/cursor";
import { formatDateTime } from "@/lib/format";
import type { MyNotification } from "@/lib/notifications";

/**
 * The member's notifications. Seeing the page reads them: it marks them all read on the server
 * and clears the header's badge; the ones that were new keep their 새 알림 mark until the page is left.
 */
export function NotificationList({ first, empty }: { first: Page<MyNotification>; empty: React.ReactNode }) {
  const store = useViewerStore();
  const hasUnread = first.items.some((n) => !n.read);
  useEffect(() => {
    if (!hasUnread) return;
    void callApi<{ unread: number }>("POST", "/api/me/notifications/read").then((result) => {
      if (result.ok) store.setUnread(result.data.unread);
    });
  }, [hasUnread, store]);
  return (
    <LoadMoreList
      first={first}
      empty={empty}
      endpoint="/api/me/notifications"
      className="flex flex-col gap-3"
      render={(n) => (
        <article className={`rounded-2xl border p-4 sm:p-5 ${n.read ? "border-stone-200" : "border-brand-200 bg-brand-50"}`}>
          <p className="flex items-center gap-2 text-xs text-stone-500">
            {!n.read && <span className="rounded-full bg-brand-600 px-2 py-0.5 font-bold text-white">새 알림</span>}
            <time dateTime={n.createdAt}>{formatDateTime(new Date(n.createdAt))}</time>
          </p>
          <h3 className="mt-2 font-semibold">
            <a href={`/events/${n.event.id}`} className="hover:underline">
              {n.event.atelierName ?? "컴공방"}에서 팔로워 쿠폰 {n.event.discount}을 준비했어요
            </a>
          </h3>
          <p className="mt-1 text-sm text-stone-600">
            {n.event.title} · {formatDateTime(new Date(n.event.startsAt))} 오픈
          </p>
          {n.changedAt && (
            <p className="mt-1 text-sm font-semibold text-brand-700">
              쿠폰 조건이 바뀌었어요 (<time dateTime={n.changedAt}>{formatDateTime(new Date(n.changedAt))}</time>).
            </p>
          )}
        </article>
      )}
    />
  );
}
