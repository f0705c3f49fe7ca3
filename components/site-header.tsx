import { Suspense } from "react";
import { SearchIcon } from "@/components/icons/search";
import { TicketIcon } from "@/components/icons/ticket";
import { SearchQuery } from "@/components/search-query";
import { MemberMenu } from "@/components/viewer/member-menu";
import { getCategoryTree } from "@/lib/catalog";

/** The same for every visitor (it is cached with the page); 내 메뉴 fills in after load. */
export async function SiteHeader() {
  const categories = await getCategoryTree();
  return (
    <header className="sticky top-0 z-30 border-b border-stone-200 bg-white/95 backdrop-blur">
      <div className="mx-auto max-w-6xl px-4">
        {/* On a phone the search box has a row of its own: beside a member's links (알림, 장바구니,
            마이페이지, 로그아웃, 관리) it had no room left, and its width changed when they arrived. */}
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2 pt-3 pb-2 sm:h-16 sm:flex-nowrap sm:gap-6 sm:py-0">
          <a href="/" className="shrink-0 text-xl font-extrabold tracking-tight text-brand-600">
            컴공방
          </a>
          <form action="/search" role="search" aria-label="작품·작가" className="relative order-last w-full min-w-0 sm:order-none sm:w-auto sm:max-w-md sm:flex-1">
            <label htmlFor="site-search" className="sr-only">
              작품·작가 검색
            </label>
            <input
              id="site-search"
              name="q"
              type="search"
              maxLength={100}
              placeholder="작품, 작가를 검색해 보세요"
              className="h-10 w-full rounded-full bg-stone-100 pl-4 pr-10 text-sm placeholder:text-stone-400 focus:bg-white focus:ring-2 focus:ring-brand-200 focus:outline-none"
            />
            <button type="submit" aria-label="검색" className="absolute inset-y-0 right-1 flex w-9 items-center justify-center text-stone-500">
              <SearchIcon className="size-5" />
            </button>
            {/* Reads the URL's query in the browser: a boundary keeps the rest of the page static. */}
            <Suspense fallback={null}>
              <SearchQuery inputId="site-search" />
            </Suspense>
          </form>
          <MemberMenu />
        </div>
        {/* One row on every screen: 쿠폰존 stays at the start (on a phone too), the categories scroll beside it. */}
        <div className="flex items-center gap-4 pb-2.5 text-sm font-medium">
          <a href="/events" className="flex shrink-0 items-center gap-1 font-bold text-brand-600 hover:text-brand-700">
            <TicketIcon className="size-4" />
            쿠폰존
          </a>
          <span aria-hidden="true" className="h-4 w-px shrink-0 bg-stone-200" />
          <nav aria-label="카테고리" className="-mr-4 min-w-0 flex-1 overflow-x-auto pr-4">
            <ul className="flex gap-5 whitespace-nowrap text-stone-600">
              {categories.map((c) => (
                <li key={c.id}>
                  <a href={`/categories/${c.slug}`} className="hover:text-brand-600">
                    {c.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </header>
  );
}
