import { resetPassword } from "@/lib/auth/account";
import { apiRoute, json, parseJson } from "@/lib/http";
import { passwordResetSchema } from "@/lib/validation/auth";

export const POST = apiRoute(async (request) => {
  const { token, password, unlinkKakao } = await parseJson(request, passwordResetSchema);
  await resetPassword(token, password, { unlinkKakao });
  return json({ ok: true });
});
