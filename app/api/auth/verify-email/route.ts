import { verifyEmail } from "@/lib/auth/verification";
import { apiRoute, json, parseJson } from "@/lib/http";
import { tokenSchema } from "@/lib/validation/auth";

export const POST = apiRoute(async (request) => {
  const { token } = await parseJson(request, tokenSchema);
  const { email } = await verifyEmail(token);
  return json({ ok: true, email });
});
