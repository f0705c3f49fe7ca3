import { confirmPassword } from "@/lib/auth/account";
import { requireSignedInMember } from "@/lib/auth/signed-in-member";
import { apiRoute, json, parseJson } from "@/lib/http";
import { reauthSchema } from "@/lib/validation/auth";

/** Re-enters the password: this session may link a login method for the next 5 minutes. */
export const POST = apiRoute(async (request) => {
  const member = await requireSignedInMember();
  const { password } = await parseJson(request, reauthSchema);
  await confirmPassword(member.id, member.sid, password);
  return json({ ok: true });
});
