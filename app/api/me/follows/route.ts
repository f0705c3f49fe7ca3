import { z } from "zod";
import { requireSignedInMember } from "@/lib/auth/signed-in-member";
import { cursorParam } from "@/lib/cursor";
import { listFollows } from "@/lib/follows";
import { apiRoute, json, parseQuery } from "@/lib/http";

const query = z.object({ cursor: cursorParam });

/** 팔로우하는 작가, newest first: {items, nextCursor}. */
export const GET = apiRoute(async (request) => {
  const { cursor } = parseQuery(request, query);
  const member = await requireSignedInMember();
  return json(await listFollows(member.id, cursor));
});
