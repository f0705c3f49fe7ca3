import { z } from "zod";
import { requireAtelierOwner } from "@/lib/auth/roles";
import { cursorParam } from "@/lib/cursor";
import { apiRoute, json, parseQuery } from "@/lib/http";
import { followerSearchParam, listFollowers } from "@/lib/studio";

const query = z.object({
  q: followerSearchParam,
  sort: z.enum(["newest", "oldest"], { error: "정렬은 newest 또는 oldest예요." }).default("newest"),
  cursor: cursorParam,
});

/** The owner's followers: {items, nextCursor, total}. */
export const GET = apiRoute(async (request) => {
  const { atelier } = await requireAtelierOwner();
  const { q, sort, cursor } = parseQuery(request, query);
  return json(await listFollowers(atelier.id, { q: q || undefined, sort, after: cursor }));
});
