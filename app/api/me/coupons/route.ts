import { z } from "zod";
import { requireSignedInMember } from "@/lib/auth/signed-in-member";
import { listMyCoupons } from "@/lib/coupons/my-coupons";
import { cursorParam } from "@/lib/cursor";
import { apiRoute, json, parseQuery } from "@/lib/http";

const query = z.object({
  state: z.enum(["usable", "used", "expired"], { error: "state는 usable, used, expired 중 하나예요." }).default("usable"),
  cursor: cursorParam,
});

/** 내 쿠폰 of one state: {items, nextCursor}; usable ones expiring soonest first. */
export const GET = apiRoute(async (request) => {
  const member = await requireSignedInMember();
  const { state, cursor } = parseQuery(request, query);
  return json(await listMyCoupons(member.id, state, cursor));
});
