"use client";

import { useState } from "react";
import { toast } from "@/components/toaster";
import { callApi } from "@/lib/api-client";
import type { Page } from "@/lib/cursor";

/**
 * A list that starts with the server-rendered first page and fetches the next ones from a
 * cursor-paginated API (newest first) when asked. Items toggled off stay until the page is left,
 * so an accidental tap is undone in place.
 */
export function LoadMoreList<T extends { id: number | string }>({
  first,
  endpoint,
  render,
  className,
  empty,
}: {
  first: Page<T>;
  endpoint: string;
  render: (item: T) => React.ReactNode;
  className: string;
  empty: React.ReactNode;
}) {
  const [items, setItems] = useState(first.items);
  const [cursor, setCursor] = useState(first.nextCursor);
  const [pending, setPending] = useState(false);

  async function more() {
    if (!cursor) return;
    setPending(true);
    const result = await callApi<Page<T>>("GET", `${endpoint}${endpoint.includes("?") ? "&" : "?"}cursor=${encodeURIComponent(cursor)}`);
    setPending(false);
    if (!result.ok) {
      toast.error(result.message);
      return;
    }
    setItems((shown) => [...shown, ...result.data.items.filter((item) => !shown.some((s) => s.id === item.id))]);
    setCursor(result.data.nextCursor);
  }

  if (items.length === 0) return empty;
  return (
    <>
      <ul className={className}>
        {items.map((item) => (
          <li key={item.id}>{render(item)}</li>
        ))}
      </ul>
      {cursor && (
        <div className="mt-10 flex justify-center">
          <button type="button" onClick={more} disabled={pending} className="rounded-full border border-stone-300 px-6 py-2.5 text-sm font-semibold hover:bg-stone-50 disabled:opacity-50">
            {pending ? "불러오는 중…" : "더 보기"}
          </button>
        </div>
      )}
    </>
  );
}
