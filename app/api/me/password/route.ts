import { changePassword } from "@/lib/auth/account";
import { accountError } from "@/lib/auth/account-error";
import { requireViewer } from "@/lib/auth/session";
import { apiRoute, json, parseJson } from "@/lib/http";
import { passwordChangeSchema } from "@/lib/validation/auth";

/** Changes the password; every other session of the member ends. */
export const PUT = apiRoute(async (request) => {
  const viewer = await requireViewer();
  const { currentPassword, password } = await parseJson(request, passwordChangeSchema);
  const result = await changePassword(viewer.id, viewer.sid, currentPassword, password);
  if (!result.ok) throw accountError(result);
  return json({ ok: true });
});
