import { disconnectKakao } from "@/lib/auth/account";
import { requireSignedInMember } from "@/lib/auth/signed-in-member";
import { apiRoute, json } from "@/lib/http";

/** Disconnects Kakao from the signed-in member (never their last way to log in). */
export const DELETE = apiRoute(async () => {
  const member = await requireSignedInMember();
  await disconnectKakao(member.id);
  return json({ ok: true, kakaoLinked: false });
});
