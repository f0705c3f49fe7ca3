import { z } from "zod";
import { getSignedInMember } from "@/lib/auth/signed-in-member";
import { apiRoute, json, parseQuery } from "@/lib/http";
import { VIEWER_MAX_IDS, viewerState } from "@/lib/member-state";
import { parseId } from "@/lib/validation/common";

/** "3,1,2": ids a page shows (absent or empty: none), at most VIEWER_MAX_IDS. */
const ids = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    const parts = raw ? raw.split(",") : [];
    const list = parts.map(parseId);
    if (parts.length > VIEWER_MAX_IDS) ctx.addIssue({ code: "custom", message: `한 번에 ${VIEWER_MAX_IDS}개까지 물어볼 수 있어요.` });
    else if (list.includes(null)) ctx.addIssue({ code: "custom", message: "쉼표로 구분한 번호여야 해요." });
    return [...new Set(list)].filter((id) => id !== null);
  });

const query = z.object({ products: ids, ateliers: ids, events: ids });

/**
 * The viewer's own state for a cached public page: {member, likedProductIds, followedAtelierIds,
 * coupons, reminderEventIds} (lib/member-state.ts). Signed out is an answer too (member null), not a 401.
 */
export const GET = apiRoute(async (request) => {
  const asked = parseQuery(request, query);
  return json(await viewerState(await getSignedInMember(), asked), { headers: { "Cache-Control": "private, no-store" } });
});
