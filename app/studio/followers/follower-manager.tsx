"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "@/components/toaster";
import { callApi } from "@/lib/api-client";
import type { Page } from "@/lib/cursor";
import { formatCount, formatDate } from "@/lib/format";
import type { Follower, FollowerSort } from "@/lib/studio";

type Result = Page<Follower> & { total: number };

/** Search, sort, page through, download and remove followers; `title` heads the list beside the download. */
export function FollowerManager({ first, title }: { first: Result; title: React.ReactNode }) {
  const router = useRouter();
  const [list, setList] = useState(first);
  const [query, setQuery] = useState("");
  // The search the list shows (not what is typed and not yet searched): the CSV downloads the same.
  const [shownQuery, setShownQuery] = useState("");
  const [sort, setSort] = useState<FollowerSort>("newest");
  const [pending, setPending] = useState(false);

  async function load(next: { q: string; sort: FollowerSort; cursor?: string }) {
    setPending(true);
    const params = new URLSearchParams({ sort: next.sort, ...(next.q ? { q: next.q } : {}), ...(next.cursor ? { cursor: next.cursor } : {}) });
    const result = await callApi<Result>("GET", `/api/studio/followers?${params}`);
    setPending(false);
    if (!result.ok) {
      toast.error(result.message);
      return;
    }
    setList((shown) => (next.cursor ? { ...result.data, items: [...shown.items, ...result.data.items] } : result.data));
    setShownQuery(next.q);
  }

  async function remove(follower: Follower) {
    if (!window.confirm(`${follower.nickname}님을 팔로워에서 삭제할까요? 상대에게 알림은 가지 않아요.`)) return;
    const result = await callApi<{ followerCount: number }>("DELETE", `/api/studio/followers/${encodeURIComponent(follower.memberId)}`);
    if (!result.ok) {
      toast.error(result.message);
      return;
    }
    setList((shown) => ({ ...shown, total: shown.total - 1, items: shown.items.filter((f) => f.memberId !== follower.memberId) }));
    toast.success(`${follower.nickname}님을 팔로워에서 삭제했어요.`);
    router.refresh();
  }

  return (
    <div>
      <div className="mb-4 flex items-center justify-between gap-3">
        {title}
        <a
          href={`/api/studio/followers.csv${shownQuery ? `?${new URLSearchParams({ q: shownQuery })}` : ""}`}
          className="shrink-0 rounded-full border border-stone-300 px-4 py-2 text-sm font-semibold hover:bg-stone-50"
          download
        >
          {shownQuery ? "검색 결과 CSV 내려받기" : "CSV 내려받기"}
        </a>
      </div>
      <form
        role="search"
        aria-label="팔로워"
        className="flex flex-wrap gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void load({ q: query.trim(), sort });
        }}
      >
        <label htmlFor="follower-search" className="sr-only">
          닉네임으로 팔로워 검색
        </label>
        <input
          id="follower-search"
          type="search"
          value={query}
          maxLength={50}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="닉네임으로 검색"
          className="h-10 min-w-0 flex-1 rounded-xl border border-stone-300 px-3 text-sm"
        />
        <label htmlFor="follower-sort" className="sr-only">
          정렬
        </label>
        <select
          id="follower-sort"
          value={sort}
          onChange={(e) => {
            const next = e.target.value as FollowerSort;
            setSort(next);
            void load({ q: query.trim(), sort: next });
          }}
          className="h-10 rounded-xl border border-stone-300 px-3 text-sm"
        >
          <option value="newest">최근 팔로우순</option>
          <option value="oldest">오래된 팔로우순</option>
        </select>
        <button type="submit" className="h-10 rounded-xl bg-ink px-4 text-sm font-semibold text-white">
          검색
        </button>
      </form>
      <p className="mt-4 text-sm text-stone-500" aria-live="polite">
        {pending ? "불러오는 중…" : `${formatCount(list.total)}명`}
      </p>
      <ul className="mt-2 divide-y divide-stone-100 rounded-2xl border border-stone-200">
        {list.items.map((f) => (
          <li key={f.memberId} className="flex items-center gap-3 px-4 py-3">
            {f.image ? (
              // eslint-disable-next-line @next/next/no-img-element -- profile images may be remote (Kakao)
              <img src={f.image} alt="" width={40} height={40} className="size-10 rounded-full bg-stone-100" />
            ) : (
              <span aria-hidden="true" className="flex size-10 items-center justify-center rounded-full bg-brand-100 font-semibold text-brand-700">
                {[...f.nickname][0]}
              </span>
            )}
            <div className="min-w-0 flex-1">
              <p className="truncate font-medium">{f.nickname}</p>
              <p className="text-xs text-stone-500">
                {formatDate(new Date(f.followedAt))}부터 팔로우
                {f.claimedCoupon && <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-brand-700">쿠폰 받음</span>}
              </p>
            </div>
            <button type="button" onClick={() => remove(f)} className="rounded-full border border-stone-300 px-3 py-1.5 text-xs hover:bg-stone-50">
              삭제<span className="sr-only"> {f.nickname}</span>
            </button>
          </li>
        ))}
        {list.items.length === 0 && <li className="px-4 py-10 text-center text-sm text-stone-500">해당하는 팔로워가 없어요.</li>}
      </ul>
      {list.nextCursor && (
        <div className="mt-6 flex justify-center">
          <button
            type="button"
            disabled={pending}
            onClick={() => load({ q: query.trim(), sort, cursor: list.nextCursor! })}
            className="rounded-full border border-stone-300 px-6 py-2.5 text-sm font-semibold hover:bg-stone-50 disabled:opacity-50"
          >
            더 보기
          </button>
        </div>
      )}
    </div>
  );
}
