import { z } from "zod";
import { requireAtelierOwner } from "@/lib/auth/roles";
import { cursorParam } from "@/lib/cursor";
import { apiRoute, json, parseQuery } from "@/lib/http";
import { listFollowers } from "@/lib/studio";

const query = z.object({
  q: z.string().trim().max(50, "검색어는 50자까지 입력할 수 있어요.").optional(),
  sort: z.enum(["newest", "oldest"], { error: "정렬은 newest 또는 oldest예요." }).default("newest"),
  cursor: cursorParam,
});

/** The owner's followers: {items, nextCursor, total}. */
export const GET = apiRoute(async (request) => {
  const { atelier } = await requireAtelierOwner();
  const { q, sort, cursor } = parseQuery(request, query);
  return json(await listFollowers(atelier.id, { q: q || undefined, sort, after: cursor }));
});
