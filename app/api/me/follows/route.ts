import { z } from "zod";
import { requireViewer } from "@/lib/auth/session";
import { cursorParam } from "@/lib/cursor";
import { listFollows } from "@/lib/follows";
import { apiRoute, json, parseQuery } from "@/lib/http";

const query = z.object({ cursor: cursorParam });

/** 팔로우하는 작가, newest first: {items, nextCursor}. */
export const GET = apiRoute(async (request) => {
  const { cursor } = parseQuery(request, query);
  const viewer = await requireViewer();
  return json(await listFollows(viewer.id, cursor));
});
