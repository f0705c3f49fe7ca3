import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import { db } from "@/lib/db";
import type { Member } from "@/lib/generated/prisma/client";
import { availableNickname, nicknameKey } from "@/lib/auth/nickname";

/** Our member row as Auth.js sees a "user". Kakao-only members have no email (null). */
function toAdapterUser(member: Member): AdapterUser {
  return {
    id: member.id,
    email: member.email as string,
    emailVerified: member.emailVerified,
    name: member.nickname,
    image: member.image,
    nickname: member.nickname,
    role: member.role,
  };
}

/**
 * The adapter's account methods write Auth.js's own `accounts` model as it is; members are
 * ours (below). Nothing else of it is used: with JWT sessions and no email provider, Auth.js
 * needs only the methods listed here (its OAuth sign-in: getUserByAccount, getUserByEmail,
 * createUser, linkAccount, and getUser), so the session and verification-token methods are left out.
 */
const prismaAdapter = PrismaAdapter(db);

/**
 * Auth.js's adapter over our members, with the rules Auth.js cannot know:
 * - Only a *verified* email identifies a member. An unverified signup holding someone's
 *   address must not block (or be linked to) the owner signing in with Kakao.
 * - New Kakao members get a unique nickname; the email is taken from an unverified squatter
 *   (who could never log in, so owns nothing) rather than refused.
 */
export const authAdapter: Adapter = {
  async getUser(id) {
    const member = await db.member.findUnique({ where: { id } });
    return member && toAdapterUser(member);
  },
  async getUserByEmail(email) {
    const member = await db.member.findFirst({ where: { email: email.toLowerCase(), emailVerified: { not: null } } });
    return member && toAdapterUser(member);
  },
  async getUserByAccount(provider_providerAccountId) {
    const account = await db.account.findUnique({ where: { provider_providerAccountId }, include: { user: true } });
    return account ? toAdapterUser(account.user) : null;
  },
  /**
   * Kakao's tokens are not kept: we read the profile once at login and never call Kakao for the
   * member afterwards, so storing them would only hand a database reader their Kakao account
   * (the accounts table refuses them too: migration no_oauth_tokens).
   */
  linkAccount({ access_token: _access, refresh_token: _refresh, id_token: _id, ...account }) {
    return prismaAdapter.linkAccount!(account);
  },
  async createUser(data) {
    const email = data.email ? data.email.toLowerCase() : null;
    const nickname = await availableNickname(data.name);
    const member = await db.$transaction(async (tx) => {
      if (email) await tx.member.deleteMany({ where: { email, emailVerified: null } });
      return tx.member.create({
        data: { email, emailVerified: email ? new Date() : null, nickname, nicknameKey: nicknameKey(nickname), image: data.image ?? null },
      });
    });
    return toAdapterUser(member);
  },
};
