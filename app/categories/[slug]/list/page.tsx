import { categoryMetadata, CategoryView, type CategoryRouteProps } from "@/app/categories/[slug]/category-view";

type Props = CategoryRouteProps & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = categoryMetadata;

/** A category with ?sort= or ?page= (next.config.ts rewrites it here): rendered per request, the same for everyone. */
export default async function CategoryListPage({ params, searchParams }: Props) {
  return <CategoryView params={params} query={await searchParams} />;
}
