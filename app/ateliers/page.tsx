import { AteliersView } from "@/app/ateliers/ateliers-view";

export const metadata = { title: "작가 둘러보기" };

/**
 * The default view, cached for everyone (ISR; follower counts may lag a minute). A ?sort= or
 * ?page= is rendered per request by ./list (next.config.ts): a cached page cannot read the query.
 */
export const revalidate = 60;

export default function AteliersPage() {
  return <AteliersView query={{}} />;
}
