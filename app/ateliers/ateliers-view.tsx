import { AtelierGrid } from "@/components/atelier-card";
import { Pagination } from "@/components/pagination";
import { SortTabs } from "@/components/sort-tabs";
import { ATELIER_SORTS, listAteliers, type AtelierSort } from "@/lib/catalog";
import { formatCount } from "@/lib/format";

/** 작가 둘러보기 for a sort and page (absent: the defaults); the same for every visitor. */
export async function AteliersView({ query }: { query: { sort?: unknown; page?: unknown } }) {
  const list = await listAteliers(query.sort, query.page);
  const href = (sort: AtelierSort, page = 1) => `/ateliers?sort=${sort}${page > 1 ? `&page=${page}` : ""}`;
  return (
    <div className="mx-auto max-w-6xl px-4 pt-8">
      <h1 className="text-2xl font-bold">작가 둘러보기</h1>
      <div className="mt-6 mb-5 flex items-center justify-between">
        <h2 className="text-sm font-normal text-stone-500">공방 {formatCount(list.total)}곳</h2>
        <SortTabs options={ATELIER_SORTS} current={list.sort} hrefFor={(sort) => href(sort)} />
      </div>
      <AtelierGrid ateliers={list.ateliers} />
      <Pagination page={list.page} lastPage={list.lastPage} hrefFor={(page) => href(list.sort, page)} />
    </div>
  );
}
