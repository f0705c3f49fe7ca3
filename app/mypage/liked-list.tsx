"use client";

import { LoadMoreList } from "@/app/mypage/load-more";
import { LikeButton } from "@/components/like-button";
import { Price } from "@/components/price";
import type { LikedProduct } from "@/lib/likes";
import type { Page } from "@/lib/cursor";
import Link from "next/link";

/** 찜한 작품 with the heart in place: unliking keeps the card (so an accident is undone in one tap). */
export function LikedList({ first, empty }: { first: Page<LikedProduct>; empty: React.ReactNode }) {
  return (
    <LoadMoreList
      first={first}
      empty={empty}
      endpoint="/api/me/likes"
      className="grid grid-cols-2 gap-x-3 gap-y-7 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-5"
      render={(product) => (
        <article className="flex flex-col gap-1.5">
          <Link href={`/products/${product.id}`} className="block overflow-hidden rounded-xl bg-stone-100" tabIndex={-1} aria-hidden="true">
            {/* eslint-disable-next-line @next/next/no-img-element -- locally generated SVG */}
            <img src={product.images[0]} alt="" width={400} height={400} loading="lazy" className="aspect-square w-full object-cover" />
          </Link>
          <Link href={`/ateliers/${product.atelier.id}`} className="mt-1 truncate text-xs text-stone-500 hover:underline">
            {product.atelier.name}
          </Link>
          <h3 className="line-clamp-2 min-h-[2.5rem] text-sm leading-5">
            <Link href={`/products/${product.id}`} className="hover:underline">
              {product.title}
            </Link>
          </h3>
          <Price price={product.price} originalPrice={product.originalPrice} />
          <div className="-ml-1.5">
            <LikeButton productId={product.id} liked count={product.likeCount} signedIn refreshAfter />
          </div>
        </article>
      )}
    />
  );
}
