import { disconnectKakao } from "@/lib/auth/account";
import { accountError } from "@/lib/auth/account-error";
import { requireViewer } from "@/lib/auth/session";
import { apiRoute, json } from "@/lib/http";

/** Disconnects Kakao from the signed-in member (never their last way to log in). */
export const DELETE = apiRoute(async () => {
  const viewer = await requireViewer();
  const result = await disconnectKakao(viewer.id);
  if (!result.ok) throw accountError(result);
  return json({ ok: true, kakaoLinked: false });
});
