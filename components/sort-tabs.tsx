import Link from "next/link";
import { PRODUCT_SORTS, type ProductSort } from "@/lib/catalog";

/** 인기순 · 최신순 · 낮은 가격순 as links (no JS), the current one marked. */
export function SortTabs({ current, hrefFor }: { current: ProductSort; hrefFor: (sort: ProductSort) => string }) {
  return (
    <nav aria-label="정렬">
      <ul className="flex gap-3 text-sm">
        {(Object.keys(PRODUCT_SORTS) as ProductSort[]).map((sort) => (
          <li key={sort}>
            <Link
              href={hrefFor(sort)}
              aria-current={sort === current ? "true" : undefined}
              className={sort === current ? "font-bold text-ink" : "text-stone-500 hover:text-ink"}
            >
              {PRODUCT_SORTS[sort]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
