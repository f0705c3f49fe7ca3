import { z } from "zod";
import { requireViewer } from "@/lib/auth/session";
import { cursorParam } from "@/lib/cursor";
import { apiRoute, json, parseQuery } from "@/lib/http";
import { listLikes } from "@/lib/likes";

const query = z.object({ cursor: cursorParam });

/** 찜한 작품, newest first: {items, nextCursor}. */
export const GET = apiRoute(async (request) => {
  const { cursor } = parseQuery(request, query);
  const viewer = await requireViewer();
  return json(await listLikes(viewer.id, cursor));
});
