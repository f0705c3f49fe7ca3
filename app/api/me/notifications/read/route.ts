import { requireSignedInMember } from "@/lib/auth/signed-in-member";
import { apiRoute, json } from "@/lib/http";
import { markAllRead } from "@/lib/notifications";

/** Marks all of the member's notifications read (the notifications page does on view): 200 {unread: 0}; idempotent. */
export const POST = apiRoute(async () => {
  const member = await requireSignedInMember();
  return json(await markAllRead(member.id));
});
