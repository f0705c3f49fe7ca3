import { AtelierGrid } from "@/components/atelier-card";
import { Pagination } from "@/components/pagination";
import { SortTabs } from "@/components/sort-tabs";
import { getSignedInMember } from "@/lib/auth/signed-in-member";
import { ATELIER_SORTS, listAteliers, type AtelierSort } from "@/lib/catalog";
import { formatCount } from "@/lib/format";
import { memberFollows } from "@/lib/member-state";

export const metadata = { title: "작가 둘러보기" };

type Props = { searchParams: Promise<{ sort?: string | string[]; page?: string | string[] }> };

export default async function AteliersPage({ searchParams }: Props) {
  const query = await searchParams;
  const [member, list] = await Promise.all([getSignedInMember(), listAteliers(query.sort, query.page)]);
  const follows = await memberFollows(member, list.ateliers.map((a) => a.id));
  const href = (sort: AtelierSort, page = 1) => `/ateliers?sort=${sort}${page > 1 ? `&page=${page}` : ""}`;
  return (
    <div className="mx-auto max-w-6xl px-4 pt-8">
      <h1 className="text-2xl font-bold">작가 둘러보기</h1>
      <div className="mt-6 mb-5 flex items-center justify-between">
        <p className="text-sm text-stone-500">공방 {formatCount(list.total)}곳</p>
        <SortTabs options={ATELIER_SORTS} current={list.sort} hrefFor={(sort) => href(sort)} />
      </div>
      <AtelierGrid ateliers={list.ateliers} member={follows} />
      <Pagination page={list.page} lastPage={list.lastPage} hrefFor={(page) => href(list.sort, page)} />
    </div>
  );
}
