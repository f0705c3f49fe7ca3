import { requireAtelierOwner } from "@/lib/auth/roles";
import { apiRoute } from "@/lib/http";
import { followersCsv } from "@/lib/studio";

/** CSV download of the owner's followers (nickname, follow date), UTF-8 with BOM. */
export const GET = apiRoute(async () => {
  const { atelier } = await requireAtelierOwner();
  const csv = await followersCsv(atelier.id);
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Seoul" });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="followers-${today}.csv"; filename*=UTF-8''${encodeURIComponent(`팔로워-${today}.csv`)}`,
      "Cache-Control": "no-store",
    },
  });
});
