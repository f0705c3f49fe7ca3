import { changeNickname, deleteAccount, getAccount } from "@/lib/auth/account";
import { accountError } from "@/lib/auth/account-error";
import { signOut, unstable_update } from "@/lib/auth/config";
import { requireSignedInMember } from "@/lib/auth/signed-in-member";
import { apiRoute, errors, json, parseJson } from "@/lib/http";
import { deleteAccountSchema, profileSchema } from "@/lib/validation/auth";

export const GET = apiRoute(async () => {
  const member = await requireSignedInMember();
  const account = await getAccount(member.id);
  if (!account) throw errors.unauthorized();
  return json({ id: member.id, email: account.email, nickname: account.nickname, hasPassword: account.hasPassword, kakaoLinked: account.kakaoLinked });
});

export const PATCH = apiRoute(async (request) => {
  const member = await requireSignedInMember();
  const { nickname } = await parseJson(request, profileSchema);
  const result = await changeNickname(member.id, nickname);
  if (!result.ok) throw accountError(result);
  // The session carries the nickname for the header; have it re-read from the database.
  await unstable_update({});
  return json({ ok: true, nickname });
});

export const DELETE = apiRoute(async (request) => {
  const member = await requireSignedInMember();
  const proof = await parseJson(request, deleteAccountSchema);
  const result = await deleteAccount(member.id, proof);
  if (!result.ok) throw accountError(result);
  await signOut({ redirect: false });
  return json({ ok: true });
});
