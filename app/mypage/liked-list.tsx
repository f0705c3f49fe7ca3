"use client";

import { LoadMoreList } from "@/app/mypage/load-more";
import { ProductCard } from "@/components/product-card";
import type { Page } from "@/lib/cursor";
import type { LikedProduct } from "@/lib/likes";

/** 찜한 작품 with the heart in place: unliking keeps the card (so an accident is undone in one tap). */
export function LikedList({ first, empty }: { first: Page<LikedProduct>; empty: React.ReactNode }) {
  return (
    <LoadMoreList
      first={first}
      empty={empty}
      endpoint="/api/me/likes"
      className="grid grid-cols-2 gap-x-3 gap-y-7 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-5"
      render={(product) => <ProductCard product={product} refreshAfter />}
    />
  );
}
