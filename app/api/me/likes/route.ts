import { z } from "zod";
import { requireSignedInMember } from "@/lib/auth/signed-in-member";
import { cursorParam } from "@/lib/cursor";
import { apiRoute, json, parseQuery } from "@/lib/http";
import { listLikes } from "@/lib/likes";

const query = z.object({ cursor: cursorParam });

/** 찜한 작품, newest first: {items, nextCursor}. */
export const GET = apiRoute(async (request) => {
  const { cursor } = parseQuery(request, query);
  const member = await requireSignedInMember();
  return json(await listLikes(member.id, cursor));
});
