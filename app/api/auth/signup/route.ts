import { limitSignups, signup } from "@/lib/auth/signup";
import { apiRoute, json, parseJson } from "@/lib/http";
import { signupSchema } from "@/lib/validation/auth";

/** 202 for a new and an already-registered email alike (no account enumeration). */
export const POST = apiRoute(async (request) => {
  const input = await parseJson(request, signupSchema);
  await limitSignups(request.headers);
  await signup(input);
  return json({ ok: true }, { status: 202 });
});
