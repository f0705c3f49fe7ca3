import { markSignupBrowser } from "@/lib/auth/signup-browser";
import { limitSignups, signup } from "@/lib/auth/signup";
import { apiRoute, json, parseJson } from "@/lib/http";
import { signupSchema } from "@/lib/validation/auth";

/**
 * 202 for a new and an already-registered email alike (no account enumeration); both get the
 * signup-browser cookie that lets this browser sign in once its link is verified.
 */
export const POST = apiRoute(async (request) => {
  const input = await parseJson(request, signupSchema);
  await limitSignups(request.headers);
  await signup({ ...input, browser: await markSignupBrowser() });
  return json({ ok: true }, { status: 202 });
});
