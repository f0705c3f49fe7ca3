import { requestPasswordReset } from "@/lib/auth/account";
import { apiRoute, errors, json, parseJson } from "@/lib/http";
import { emailOnlySchema } from "@/lib/validation/auth";

/** 비밀번호 찾기. 202 whether or not the address has an account. */
export const POST = apiRoute(async (request) => {
  const { email } = await parseJson(request, emailOnlySchema);
  const quota = await requestPasswordReset(email);
  if (!quota.ok) throw errors.rateLimited(quota.retryAfter, `메일은 ${quota.retryAfter}초 뒤에 다시 받을 수 있어요.`);
  return json({ ok: true }, { status: 202 });
});
