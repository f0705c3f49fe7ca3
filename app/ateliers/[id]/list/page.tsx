import { atelierMetadata, AtelierView, type AtelierRouteProps } from "@/app/ateliers/[id]/atelier-view";

type Props = AtelierRouteProps & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = atelierMetadata;

/** An atelier with ?sort= or ?page= (next.config.ts rewrites it here): rendered per request, the same for everyone. */
export default async function AtelierListPage({ params, searchParams }: Props) {
  return <AtelierView params={params} query={await searchParams} />;
}
