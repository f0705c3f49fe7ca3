import { resendVerification } from "@/lib/auth/verification";
import { apiRoute, errors, json, parseJson } from "@/lib/http";
import { emailOnlySchema } from "@/lib/validation/auth";

/** 202 whether or not the address has an account; 429 within the cooldown or hourly cap. */
export const POST = apiRoute(async (request) => {
  const { email } = await parseJson(request, emailOnlySchema);
  const quota = await resendVerification(email);
  if (!quota.ok) throw errors.rateLimited(quota.retryAfter, `인증 메일은 ${quota.retryAfter}초 뒤에 다시 받을 수 있어요.`);
  return json({ ok: true }, { status: 202 });
});
