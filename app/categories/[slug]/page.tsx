import { categoryMetadata, CategoryView, type CategoryRouteProps } from "@/app/categories/[slug]/category-view";

/**
 * The default view, cached for everyone (ISR; counts may lag a minute). A ?sort= or ?page= is
 * rendered per request by ./list (next.config.ts): a cached page cannot read the query.
 */
export const revalidate = 60;

/** None at build: each category is rendered on its first visit, then served from cache. */
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export const generateMetadata = categoryMetadata;

export default function CategoryPage({ params }: CategoryRouteProps) {
  return <CategoryView params={params} query={{}} />;
}
