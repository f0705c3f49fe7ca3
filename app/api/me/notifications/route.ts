import { z } from "zod";
import { requireSignedInMember } from "@/lib/auth/signed-in-member";
import { cursorParam } from "@/lib/cursor";
import { apiRoute, json, parseQuery } from "@/lib/http";
import { listNotifications } from "@/lib/notifications";

// Notification ids are bigint row ids: a cursor naming anything else was not issued by us.
const query = z.object({
  cursor: cursorParam.refine((c) => c === undefined || /^\d{1,19}$/.test(c.id), "잘못된 페이지 정보예요."),
});

/** 마이페이지 알림, newest first: {items, nextCursor}. */
export const GET = apiRoute(async (request) => {
  const member = await requireSignedInMember();
  const { cursor } = parseQuery(request, query);
  return json(await listNotifications(member.id, cursor));
});
