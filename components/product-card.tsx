import { LikeButton } from "@/components/like-button";
import { Price } from "@/components/price";
import type { ProductCardData } from "@/lib/catalog";

type Props = { product: ProductCardData; priority?: boolean; refreshAfter?: boolean };

/** The same for every visitor; the heart's state is the viewer's (LikeButton). */
export function ProductCard({ product, priority = false, refreshAfter }: Props) {
  return (
    <article className="group flex flex-col gap-1.5">
      <a href={`/products/${product.id}`} className="block overflow-hidden rounded-xl bg-stone-100" tabIndex={-1} aria-hidden="true">
        {/* eslint-disable-next-line @next/next/no-img-element -- locally generated SVGs; next/image would pass them through unoptimized */}
        <img
          src={product.images[0]}
          alt=""
          width={400}
          height={400}
          loading={priority ? "eager" : "lazy"}
          fetchPriority={priority ? "high" : "auto"}
          decoding="async"
          className="aspect-square w-full object-cover transition duration-300 group-hover:scale-[1.03]"
        />
      </a>
      <a href={`/ateliers/${product.atelier.id}`} className="mt-1 truncate text-xs text-stone-500 hover:underline">
        {product.atelier.name}
      </a>
      <h3 className="line-clamp-2 min-h-[2.5rem] text-sm leading-5 text-stone-800">
        <a href={`/products/${product.id}`} className="hover:underline">
          {product.title}
        </a>
      </h3>
      <Price price={product.price} originalPrice={product.originalPrice} />
      <div className="-ml-1.5">
        <LikeButton productId={product.id} title={product.title} count={product.likeCount} refreshAfter={refreshAfter} />
      </div>
    </article>
  );
}

export function ProductGrid({ products, priorityCount = 0 }: { products: ProductCardData[]; priorityCount?: number }) {
  return (
    <ul className="grid grid-cols-2 gap-x-3 gap-y-7 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-5">
      {products.map((product, i) => (
        <li key={product.id}>
          <ProductCard product={product} priority={i < priorityCount} />
        </li>
      ))}
    </ul>
  );
}
