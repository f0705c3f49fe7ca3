import { verifyEmailAndSignIn } from "@/lib/auth/verify-and-sign-in";
import { apiRoute, json, parseJson } from "@/lib/http";
import { tokenSchema } from "@/lib/validation/auth";

/**
 * 200 {ok, email, signedIn}: signed in (session cookie set) only in the browser that signed up;
 * a used link of a verified member 409 ALREADY_VERIFIED; unknown or expired 400 TOKEN_INVALID.
 */
export const POST = apiRoute(async (request) => {
  const { token } = await parseJson(request, tokenSchema);
  return json({ ok: true, ...(await verifyEmailAndSignIn(token)) });
});
