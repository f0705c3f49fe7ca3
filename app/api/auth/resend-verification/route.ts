import { resendVerification } from "@/lib/auth/verification";
import { apiRoute, json, parseJson } from "@/lib/http";
import { emailOnlySchema } from "@/lib/validation/auth";

/** 202 whether or not the address has an account; 429 within the cooldown or hourly cap. */
export const POST = apiRoute(async (request) => {
  const { email } = await parseJson(request, emailOnlySchema);
  await resendVerification(email);
  return json({ ok: true }, { status: 202 });
});
