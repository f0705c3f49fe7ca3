import { AtelierGrid } from "@/components/atelier-card";
import { TicketIcon } from "@/components/icons/ticket";
import { ProductGrid } from "@/components/product-card";
import { getCategoryTree, getNewProducts, getPopularAteliers, getPopularProducts } from "@/lib/catalog";
import { conditionsLabel, discountAmount, discountLabel } from "@/lib/coupons/terms";
import { bannerEvent, listEventsForZone } from "@/lib/coupons/zone";
import { formatCount, formatDateTime } from "@/lib/format";

/**
 * Cached for everyone (ISR), rendered again at most every 3 s: each instance keeps its own copy,
 * and a marketer's event must show on all of them within seconds (the instance that took the
 * edit renders at once: revalidatePath in the event routes).
 */
export const revalidate = 3;

export default async function HomePage() {
  const [zone, popular, fresh, ateliers, categories] = await Promise.all([
    listEventsForZone(),
    getPopularProducts(10),
    getNewProducts(10),
    getPopularAteliers(6),
    getCategoryTree(),
  ]);
  // Only an event a shopper can still act on: open with coupons left, or upcoming (never sold out or over).
  const featured = bannerEvent(zone);
  const isOpen = featured?.phase === "OPEN";
  return (
    <div className="mx-auto max-w-6xl px-4">
      <section aria-labelledby="hero-title" className="mt-6">
        {featured ? (
          <a
            href={`/events/${featured.id}`}
            className="group relative block overflow-hidden rounded-3xl bg-gradient-to-br from-brand-500 to-brand-700 text-white"
          >
            <div className="relative z-10 flex flex-col gap-3 p-7 sm:max-w-[60%] sm:p-10">
              <p className="inline-flex w-fit items-center gap-1.5 rounded-full bg-white/20 px-3 py-1 text-xs font-semibold">
                <TicketIcon className="size-4" />
                {isOpen ? "선착순 쿠폰 진행 중" : `${formatDateTime(featured.startsAt)} 오픈`}
              </p>
              <h1 id="hero-title" className="text-2xl font-extrabold leading-tight sm:text-4xl">
                {featured.title}
              </h1>
              <p className="text-lg font-bold">{discountLabel(featured)}</p>
              <p className="text-sm text-white/85">
                {conditionsLabel(featured)} · 선착순 {formatCount(featured.totalQuantity)}장
              </p>
              <span className="mt-2 inline-flex w-fit rounded-full bg-white px-5 py-2.5 text-sm font-bold text-brand-700 group-hover:bg-brand-50">
                {isOpen ? "쿠폰 받으러 가기" : "오픈 알림 보러 가기"}
              </span>
            </div>
            <div aria-hidden="true" className="absolute top-1/2 right-10 hidden -translate-y-1/2 rotate-[-6deg] sm:block">
              <div className="flex h-40 w-72 items-center rounded-2xl bg-white/95 px-7 text-brand-700 shadow-2xl">
                <div className="flex-1">
                  <p className="text-xs font-semibold tracking-widest text-brand-500">COUPON</p>
                  <p className="mt-1 text-4xl font-extrabold">{discountAmount(featured)}</p>
                  <p className="mt-1 text-xs text-stone-500">{isOpen ? `${formatCount(featured.remaining)}장 남음` : `선착순 ${formatCount(featured.totalQuantity)}장`}</p>
                </div>
                <div className="h-full border-l-2 border-dashed border-brand-100" />
                <TicketIcon className="ml-5 size-10 text-brand-500" />
              </div>
            </div>
          </a>
        ) : (
          <div className="rounded-3xl bg-brand-50 p-10">
            <h1 id="hero-title" className="text-3xl font-extrabold">
              손으로 만든 것들의 공방 마켓
            </h1>
          </div>
        )}
      </section>

      <nav aria-label="카테고리 바로가기" className="mt-8">
        <ul className="grid grid-cols-4 gap-2 sm:grid-cols-8">
          {categories.map((c) => (
            <li key={c.id}>
              <a
                href={`/categories/${c.slug}`}
                className="flex h-full items-center justify-center rounded-2xl bg-stone-100 px-2 py-4 text-center text-sm font-medium hover:bg-brand-50 hover:text-brand-700"
              >
                {c.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <HomeSection title="지금 인기 있는 작품" id="popular" moreHref="/search?q=">
        <ProductGrid products={popular} priorityCount={2} />
      </HomeSection>

      <HomeSection title="새로 올라온 작품" id="new">
        <ProductGrid products={fresh} />
      </HomeSection>

      <HomeSection title="팔로우하면 좋을 작가" id="ateliers" moreHref="/ateliers">
        <AtelierGrid ateliers={ateliers} />
      </HomeSection>
    </div>
  );
}

function HomeSection({ title, id, moreHref, children }: { title: string; id: string; moreHref?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="mt-14">
      <div className="mb-5 flex items-end justify-between">
        <h2 id={`${id}-title`} className="text-xl font-bold">
          {title}
        </h2>
        {moreHref && (
          <a href={moreHref} className="text-sm text-stone-500 hover:underline">
            <span className="sr-only">{title} </span>더보기
          </a>
        )}
      </div>
      {children}
    </section>
  );
}
