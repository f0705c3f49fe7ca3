import { changeNickname, deleteAccount, requireAccount } from "@/lib/auth/account";
import { signOut, unstable_update } from "@/lib/auth/config";
import { requireSignedInMember } from "@/lib/auth/signed-in-member";
import { apiRoute, json, parseJson } from "@/lib/http";
import { deleteAccountSchema, profileSchema } from "@/lib/validation/auth";

export const GET = apiRoute(async () => {
  const member = await requireSignedInMember();
  const account = await requireAccount(member.id);
  return json({ id: member.id, email: account.email, nickname: account.nickname, hasPassword: account.hasPassword, kakaoLinked: account.kakaoLinked });
});

export const PATCH = apiRoute(async (request) => {
  const member = await requireSignedInMember();
  const { nickname } = await parseJson(request, profileSchema);
  await changeNickname(member.id, nickname);
  // The session carries the nickname for the header; have it re-read from the database.
  await unstable_update({});
  return json({ ok: true, nickname });
});

export const DELETE = apiRoute(async (request) => {
  const member = await requireSignedInMember();
  const proof = await parseJson(request, deleteAccountSchema);
  await deleteAccount(member.id, proof);
  await signOut({ redirect: false });
  return json({ ok: true });
});
