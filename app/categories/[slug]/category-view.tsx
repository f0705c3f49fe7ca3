import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Pagination } from "@/components/pagination";
import { ProductGrid } from "@/components/product-card";
import { SortTabs } from "@/components/sort-tabs";
import { getCategoryPage, PRODUCT_SORTS, type ProductSort } from "@/lib/catalog";
import { formatCount } from "@/lib/format";

export type CategoryRouteProps = { params: Promise<{ slug: string }> };

export async function categoryMetadata({ params }: CategoryRouteProps): Promise<Metadata> {
  const data = await getCategoryPage((await params).slug, undefined, undefined);
  return { title: data?.category.name ?? "카테고리를 찾을 수 없어요" };
}

/** A category's products for a sort and page (absent: the defaults); the same for every visitor. */
export async function CategoryView({ params, query }: CategoryRouteProps & { query: { sort?: unknown; page?: unknown } }) {
  const { slug } = await params;
  const data = await getCategoryPage(slug, query.sort, query.page);
  if (!data) notFound();
  const href = (sort: ProductSort, page = 1) => `/categories/${data.category.slug}?sort=${sort}${page > 1 ? `&page=${page}` : ""}`;
  const topSlug = data.parent?.slug ?? data.category.slug;
  return (
    <div className="mx-auto max-w-6xl px-4 pt-6">
      <Breadcrumbs trail={data.parent ? [{ href: `/categories/${data.parent.slug}`, label: data.parent.name }] : []} current={data.category.name} />
      <h1 className="mt-3 text-2xl font-bold">{data.category.name}</h1>
      <nav aria-label="하위 카테고리" className="mt-5 -mx-4 overflow-x-auto px-4">
        <ul className="flex gap-2 whitespace-nowrap text-sm">
          {[{ slug: topSlug, name: "전체" }, ...data.siblings].map((c) => {
            const current = c.slug === data.category.slug;
            return (
              <li key={c.slug}>
                <a
                  href={`/categories/${c.slug}?sort=${data.sort}`}
                  aria-current={current ? "true" : undefined}
                  className={`inline-block rounded-full border px-4 py-1.5 ${current ? "border-ink bg-ink text-white" : "border-stone-200 hover:border-stone-400"}`}
                >
                  {c.name}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="mt-6 mb-5 flex items-center justify-between">
        <h2 className="text-sm font-normal text-stone-500">작품 {formatCount(data.total)}개</h2>
        <SortTabs options={PRODUCT_SORTS} current={data.sort} hrefFor={(sort) => href(sort)} />
      </div>
      {data.products.length > 0 ? (
        <ProductGrid products={data.products} priorityCount={2} />
      ) : (
        <p className="py-20 text-center text-stone-500">아직 등록된 작품이 없어요.</p>
      )}
      <Pagination page={data.page} lastPage={data.lastPage} hrefFor={(page) => href(data.sort, page)} />
    </div>
  );
}
