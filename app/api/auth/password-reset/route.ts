import { requestPasswordReset } from "@/lib/auth/account";
import { apiRoute, json, parseJson } from "@/lib/http";
import { emailOnlySchema } from "@/lib/validation/auth";

/** 비밀번호 찾기. 202 whether or not the address has an account; 429 within the cooldown or hourly cap. */
export const POST = apiRoute(async (request) => {
  const { email } = await parseJson(request, emailOnlySchema);
  await requestPasswordReset(email);
  return json({ ok: true }, { status: 202 });
});
