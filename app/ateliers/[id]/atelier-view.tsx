import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FollowButton } from "@/components/follow-button";
import { PinIcon } from "@/components/icons/pin";
import { TicketIcon } from "@/components/icons/ticket";
import { Pagination } from "@/components/pagination";
import { ProductGrid } from "@/components/product-card";
import { SortTabs } from "@/components/sort-tabs";
import { getAtelier, getAtelierProducts, PRODUCT_SORTS, type ProductSort } from "@/lib/catalog";
import { atelierEvents } from "@/lib/coupons/events";
import { discountLabel } from "@/lib/coupons/terms";
import { formatCount } from "@/lib/format";
import { parseId } from "@/lib/validation/common";

export type AtelierRouteProps = { params: Promise<{ id: string }> };

async function load(params: AtelierRouteProps["params"]) {
  const id = parseId((await params).id);
  return id === null ? null : getAtelier(id);
}

export async function atelierMetadata({ params }: AtelierRouteProps): Promise<Metadata> {
  const atelier = await load(params);
  return atelier ? { title: atelier.name, description: atelier.tagline } : { title: "공방을 찾을 수 없어요" };
}

/** An atelier's page for a sort and page of its products (absent: the defaults); the same for every visitor. */
export async function AtelierView({ params, query }: AtelierRouteProps & { query: { sort?: unknown; page?: unknown } }) {
  const atelier = await load(params);
  if (!atelier) notFound();
  const [list, events] = await Promise.all([getAtelierProducts(atelier.id, query.sort, query.page), atelierEvents(atelier.id)]);
  const href = (sort: ProductSort, page = 1) => `/ateliers/${atelier.id}?sort=${sort}${page > 1 ? `&page=${page}` : ""}`;
  return (
    <div>
      <div className="mx-auto max-w-6xl sm:px-4 sm:pt-6">
        {/* eslint-disable-next-line @next/next/no-img-element -- locally generated SVG */}
        <img src={atelier.coverImage} alt="" width={1600} height={600} fetchPriority="high" className="aspect-[8/3] w-full object-cover sm:rounded-3xl" />
      </div>
      <div className="mx-auto max-w-6xl px-4">
        <section aria-labelledby="atelier-name" className="-mt-10 flex flex-col gap-4 sm:-mt-12 sm:flex-row sm:items-end">
          {/* eslint-disable-next-line @next/next/no-img-element -- locally generated SVG */}
          <img src={atelier.profileImage} alt="" width={112} height={112} className="size-24 rounded-full border-4 border-white bg-white sm:size-28" />
          <div className="min-w-0 flex-1">
            <h1 id="atelier-name" className="text-2xl font-bold">{atelier.name}</h1>
            <p className="mt-1 text-sm text-stone-600">{atelier.tagline}</p>
            <p className="mt-1 flex items-center gap-1 text-xs text-stone-500">
              <PinIcon className="size-3.5" />
              {atelier.location}
            </p>
          </div>
          <FollowButton atelierId={atelier.id} atelierName={atelier.name} followerCount={atelier.followerCount} size="lg" showCount />
        </section>
        <p className="mt-6 max-w-3xl text-[15px] leading-7 text-stone-700">{atelier.description}</p>
        {events.length > 0 && (
          <section aria-labelledby="follower-coupons" className="mt-8">
            <h2 id="follower-coupons" className="sr-only">팔로워 전용 쿠폰</h2>
            <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2">
              {events.map((e) => (
                <li key={e.id}>
                  <a href={`/events/${e.id}`} className="flex items-center gap-4 rounded-2xl border border-brand-200 bg-brand-50 p-4 hover:bg-brand-100">
                    <TicketIcon className="size-8 shrink-0 text-brand-500" />
                    <span className="min-w-0">
                      <span className="block text-xs font-semibold text-brand-700">팔로워 전용 쿠폰 · {discountLabel(e)}</span>
                      <span className="block truncate font-semibold">{e.title}</span>
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
        <div className="mt-12 mb-5 flex items-center justify-between">
          <h2 className="text-lg font-bold">작품 {formatCount(list.total)}개</h2>
          <SortTabs options={PRODUCT_SORTS} current={list.sort} hrefFor={(sort) => href(sort)} />
        </div>
        <ProductGrid products={list.products} />
        <Pagination page={list.page} lastPage={list.lastPage} hrefFor={(page) => href(list.sort, page)} />
      </div>
    </div>
  );
}
