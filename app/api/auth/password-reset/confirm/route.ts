import { resetPassword } from "@/lib/auth/account";
import { apiRoute, json, parseJson } from "@/lib/http";
import { accountError } from "@/lib/auth/account-error";
import { passwordResetSchema } from "@/lib/validation/auth";

export const POST = apiRoute(async (request) => {
  const { token, password, unlinkKakao } = await parseJson(request, passwordResetSchema);
  const result = await resetPassword(token, password, { unlinkKakao });
  if (!result.ok) throw accountError(result);
  return json({ ok: true });
});
