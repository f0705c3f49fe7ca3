import { disconnectKakao } from "@/lib/auth/account";
import { accountError } from "@/lib/auth/account-error";
import { requireSignedInMember } from "@/lib/auth/signed-in-member";
import { apiRoute, json } from "@/lib/http";

/** Disconnects Kakao from the signed-in member (never their last way to log in). */
export const DELETE = apiRoute(async () => {
  const member = await requireSignedInMember();
  const result = await disconnectKakao(member.id);
  if (!result.ok) throw accountError(result);
  return json({ ok: true, kakaoLinked: false });
});
