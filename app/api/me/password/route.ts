import { changePassword } from "@/lib/auth/account";
import { requireSignedInMember } from "@/lib/auth/signed-in-member";
import { apiRoute, json, parseJson } from "@/lib/http";
import { passwordChangeSchema } from "@/lib/validation/auth";

/** Changes the password; every other session of the member ends. */
export const PUT = apiRoute(async (request) => {
  const member = await requireSignedInMember();
  const { currentPassword, password } = await parseJson(request, passwordChangeSchema);
  await changePassword(member.id, member.sid, currentPassword, password);
  return json({ ok: true });
});
