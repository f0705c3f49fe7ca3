import { verifyEmail } from "@/lib/auth/verification";
import { ApiError, apiRoute, json, parseJson } from "@/lib/http";
import { tokenSchema } from "@/lib/validation/auth";

export const POST = apiRoute(async (request) => {
  const { token } = await parseJson(request, tokenSchema);
  const verified = await verifyEmail(token);
  if (!verified) throw new ApiError(400, "TOKEN_INVALID", "인증 링크가 만료되었거나 이미 사용되었어요. 인증 메일을 다시 받아 주세요.");
  return json({ ok: true, email: verified.email });
});
