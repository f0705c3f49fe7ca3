import { signup } from "@/lib/auth/signup";
import { clientIp } from "@/lib/client-ip";
import { ApiError, apiRoute, errors, json, parseJson } from "@/lib/http";
import { identify, limits, secondsUntil } from "@/lib/rate-limit";
import { signupSchema } from "@/lib/validation/auth";

/** 202 for a new and an already-registered email alike (no account enumeration). */
export const POST = apiRoute(async (request) => {
  const input = await parseJson(request, signupSchema);
  const byIp = await limits.signupByIp.limit(identify(clientIp(request.headers)));
  if (!byIp.success) throw errors.rateLimited(secondsUntil(byIp.reset));
  const result = await signup(input);
  if (!result.ok) throw new ApiError(result.error === "NICKNAME_TAKEN" ? 409 : 400, result.error, result.message, { [result.field]: [result.message] });
  return json({ ok: true }, { status: 202 });
});
