import type { Metadata } from "next";
import { AtelierGrid } from "@/components/atelier-card";
import { Pagination } from "@/components/pagination";
import { ProductGrid } from "@/components/product-card";
import { getPopularProducts, normalizeQuery, searchCatalog } from "@/lib/catalog";
import { formatCount } from "@/lib/format";

/** Offered when nothing matched: short words that always find something. */
const SUGGESTIONS = ["머그", "캔들", "가죽"];

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = normalizeQuery((await searchParams).q);
  return { title: q ? `'${q}' 검색 결과` : "검색", robots: { index: false } };
}

/** Rendered per request (it reads the query) but the same for every visitor: no session is read. */
export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const q = normalizeQuery(params.q);
  if (!q) {
    const popular = await getPopularProducts(20);
    return (
      <div className="mx-auto max-w-6xl px-4 pt-8">
        <h1 className="text-2xl font-bold">전체 작품</h1>
        <p className="mt-2 mb-6 text-sm text-stone-500">찾는 작품이 있다면 위 검색창에 입력해 보세요.</p>
        <ProductGrid products={popular} priorityCount={2} />
      </div>
    );
  }
  const result = await searchCatalog(q, params.page);
  return (
    <div className="mx-auto max-w-6xl px-4 pt-8">
      <h1 className="text-2xl font-bold">
        <span className="text-brand-600">‘{q}’</span> 검색 결과
      </h1>
      {result.ateliers.length > 0 && (
        <section aria-labelledby="atelier-results" className="mt-8">
          <h2 id="atelier-results" className="mb-4 text-lg font-bold">작가 {result.ateliers.length}명</h2>
          <AtelierGrid ateliers={result.ateliers} />
        </section>
      )}
      <section aria-labelledby="product-results" className="mt-10">
        <h2 id="product-results" className="mb-4 text-lg font-bold">작품 {formatCount(result.total)}개</h2>
        {result.products.length > 0 ? (
          <ProductGrid products={result.products} priorityCount={2} />
        ) : (
          <div className="rounded-2xl bg-stone-50 py-16 text-center">
            <p className="font-semibold">‘{q}’에 맞는 작품을 찾지 못했어요.</p>
            <p className="mt-1 text-sm text-stone-500">철자를 확인하거나 더 짧은 단어로 검색해 보세요.</p>
            <ul aria-label="추천 검색어" className="mt-5 flex justify-center gap-2 text-sm">
              {SUGGESTIONS.map((word) => (
                <li key={word}>
                  <a href={`/search?q=${encodeURIComponent(word)}`} className="inline-block rounded-full border border-stone-300 bg-white px-4 py-2 hover:bg-stone-100">
                    {word}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <Pagination page={result.page} lastPage={result.lastPage} hrefFor={(page) => `/search?q=${encodeURIComponent(q)}&page=${page}`} />
    </div>
  );
}
