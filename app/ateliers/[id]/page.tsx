import { atelierMetadata, AtelierView, type AtelierRouteProps } from "@/app/ateliers/[id]/atelier-view";

/**
 * The default view, cached for everyone (ISR; counts may lag a minute, the follow button's own
 * answer is exact). A ?sort= or ?page= is rendered per request by ./list (next.config.ts).
 */
export const revalidate = 60;

/** None at build: each atelier page is rendered on its first visit, then served from cache. */
export function generateStaticParams(): { id: string }[] {
  return [];
}

export const generateMetadata = atelierMetadata;

export default function AtelierPage({ params }: AtelierRouteProps) {
  return <AtelierView params={params} query={{}} />;
}
