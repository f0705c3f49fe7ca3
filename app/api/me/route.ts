import { changeNickname, deleteAccount, getAccount } from "@/lib/auth/account";
import { accountError } from "@/lib/auth/account-error";
import { signOut, unstable_update } from "@/lib/auth/config";
import { requireViewer } from "@/lib/auth/session";
import { apiRoute, errors, json, parseJson } from "@/lib/http";
import { deleteAccountSchema, profileSchema } from "@/lib/validation/auth";

export const GET = apiRoute(async () => {
  const viewer = await requireViewer();
  const account = await getAccount(viewer.id);
  if (!account) throw errors.unauthorized();
  return json({ id: viewer.id, email: account.email, nickname: account.nickname, hasPassword: account.hasPassword, kakaoLinked: account.kakaoLinked });
});

export const PATCH = apiRoute(async (request) => {
  const viewer = await requireViewer();
  const { nickname } = await parseJson(request, profileSchema);
  const result = await changeNickname(viewer.id, nickname);
  if (!result.ok) throw accountError(result);
  // The session carries the nickname for the header; have it re-read from the database.
  await unstable_update({});
  return json({ ok: true, nickname });
});

export const DELETE = apiRoute(async (request) => {
  const viewer = await requireViewer();
  const proof = await parseJson(request, deleteAccountSchema);
  const result = await deleteAccount(viewer.id, proof);
  if (!result.ok) throw accountError(result);
  await signOut({ redirect: false });
  return json({ ok: true });
});
