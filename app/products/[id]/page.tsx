import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AtelierCard } from "@/components/atelier-card";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { BuyBox } from "@/components/buy-box";
import { LikeButton } from "@/components/like-button";
import { Price } from "@/components/price";
import { ProductGrid } from "@/components/product-card";
import { ToggleCount } from "@/components/toggles/toggle-count";
import { getMoreFromAtelier, getProduct } from "@/lib/catalog";
import { parseId } from "@/lib/validation/common";

type Props = { params: Promise<{ id: string }> };

/**
 * Cached for everyone (ISR): counts and the stock shown may lag a minute; the 찜 button's own
 * answer is exact, and the cart and the order check the stock again.
 */
export const revalidate = 60;

/** None at build: each product page is rendered on its first visit, then served from cache. */
export function generateStaticParams(): { id: string }[] {
  return [];
}

async function load(params: Props["params"]) {
  const id = parseId((await params).id);
  return id === null ? null : getProduct(id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await load(params);
  if (!product) return { title: "작품을 찾을 수 없어요" };
  return { title: product.title, description: product.description.slice(0, 120), openGraph: { images: product.images.slice(0, 1) } };
}

export default async function ProductPage({ params }: Props) {
  const product = await load(params);
  if (!product) notFound();
  const more = await getMoreFromAtelier(product.atelierId, product.id);
  const { atelier, category } = product;
  return (
    <div className="mx-auto max-w-6xl px-4 pt-6 pb-36 md:pb-0">
      <Breadcrumbs
        trail={[
          ...(category.parent ? [{ href: `/categories/${category.parent.slug}`, label: category.parent.name }] : []),
          { href: `/categories/${category.slug}`, label: category.name },
        ]}
      />
      {/* Columns that may shrink below their content (an atelier card's one-line text), and an image
          that keeps its square instead of stretching to the taller details column. */}
      <div className="mt-4 grid grid-cols-1 gap-8 md:grid-cols-2 md:gap-12">
        <div className="self-start overflow-hidden rounded-2xl bg-stone-100">
          {/* eslint-disable-next-line @next/next/no-img-element -- locally generated SVG */}
          <img src={product.images[0]} alt={product.title} width={800} height={800} fetchPriority="high" className="aspect-square w-full object-cover" />
        </div>
        <div className="flex flex-col">
          <a href={`/ateliers/${atelier.id}`} className="flex w-fit items-center gap-2 text-sm font-medium text-stone-600 hover:underline">
            {/* eslint-disable-next-line @next/next/no-img-element -- locally generated SVG */}
            <img src={atelier.profileImage} alt="" width={28} height={28} className="size-7 rounded-full" />
            {atelier.name}
          </a>
          <h1 className="mt-3 text-2xl font-bold leading-snug">{product.title}</h1>
          <div className="mt-4">
            <Price price={product.price} originalPrice={product.originalPrice} size="lg" />
          </div>
          <dl className="mt-6 grid grid-cols-[5rem_1fr] gap-y-2 border-y border-stone-200 py-5 text-sm">
            <dt className="text-stone-500">배송비</dt>
            {/* What checkout charges: orders carry no shipping line (lib/orders), so the page promises none. */}
            <dd>무료배송</dd>
            <dt className="text-stone-500">제작기간</dt>
            <dd>주문 후 3–7일 (수작업 제작)</dd>
            <dt className="text-stone-500">찜</dt>
            <dd>
              <ToggleCount kind="like" id={product.id} pageCount={product.likeCount} />
              명이 찜했어요
            </dd>
          </dl>
          <div className="mt-6">
            <BuyBox productId={product.id} stock={product.stock} like={<LikeButton productId={product.id} title={product.title} count={product.likeCount} size="lg" />} />
          </div>
          <section aria-labelledby="description-title" className="mt-10">
            <h2 id="description-title" className="text-base font-bold">작품 소개</h2>
            <p className="mt-3 whitespace-pre-line text-[15px] leading-7 text-stone-700">{product.description}</p>
          </section>
          <section aria-label="작가 정보" className="mt-10">
            <AtelierCard atelier={atelier} />
          </section>
        </div>
      </div>
      {more.length > 0 && (
        <section aria-labelledby="more-title" className="mt-16">
          <h2 id="more-title" className="mb-5 text-xl font-bold">{atelier.name}의 다른 작품</h2>
          <ProductGrid products={more} />
        </section>
      )}
    </div>
  );
}
