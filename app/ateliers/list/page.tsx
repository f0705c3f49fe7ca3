import { AteliersView } from "@/app/ateliers/ateliers-view";

export const metadata = { title: "작가 둘러보기" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** /ateliers with ?sort= or ?page= (next.config.ts rewrites it here): rendered per request, the same for everyone. */
export default async function AteliersListPage({ searchParams }: Props) {
  return <AteliersView query={await searchParams} />;
}
