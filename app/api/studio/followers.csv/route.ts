import { z } from "zod";
import { requireAtelierOwner } from "@/lib/auth/roles";
import { apiRoute, parseQuery } from "@/lib/http";
import { followerSearchParam, followersCsv } from "@/lib/studio";

const query = z.object({ q: followerSearchParam });

/** CSV download of the owner's followers (nickname, follow date), UTF-8 with BOM; `?q=` as the list's search. */
export const GET = apiRoute(async (request) => {
  const { atelier } = await requireAtelierOwner();
  const { q } = parseQuery(request, query);
  const csv = await followersCsv(atelier.id, { q: q || undefined });
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Seoul" });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="followers-${today}.csv"; filename*=UTF-8''${encodeURIComponent(`팔로워-${today}.csv`)}`,
      "Cache-Control": "no-store",
    },
  });
});
