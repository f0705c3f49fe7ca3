import { signupBrowserDigest } from "@/lib/auth/signup-browser";
import { resendVerification } from "@/lib/auth/verification";
import { apiRoute, json, parseJson } from "@/lib/http";
import { resendVerificationSchema } from "@/lib/validation/auth";

/** 202 whether or not the address has an account; 429 within the cooldown or hourly cap. */
export const POST = apiRoute(async (request) => {
  const { email, callbackUrl } = await parseJson(request, resendVerificationSchema);
  await resendVerification(email, { callbackUrl, browser: await signupBrowserDigest() });
  return json({ ok: true }, { status: 202 });
});
