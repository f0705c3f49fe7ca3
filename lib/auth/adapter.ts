import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import { db } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import { availableNickname, nicknameKey } from "@/lib/auth/nickname";

/** Our member row as Auth.js sees a user. Kakao-only members have no email (null). */
function toAdapterUser(user: User): AdapterUser {
  return {
    id: user.id,
    email: user.email as string,
    emailVerified: user.emailVerified,
    name: user.nickname,
    image: user.image,
    nickname: user.nickname,
    role: user.role,
  };
}

const prismaAdapter = PrismaAdapter(db);

/**
 * @auth/prisma-adapter, with the rules Auth.js cannot know:
 * - Only a *verified* email identifies a member. An unverified signup holding someone's
 *   address must not block (or be linked to) the owner signing in with Kakao.
 * - New Kakao members get a unique nickname; the email is taken from an unverified squatter
 *   (who could never log in, so owns nothing) rather than refused.
 */
export const authAdapter: Adapter = {
  ...prismaAdapter,
  async getUser(id) {
    const user = await db.user.findUnique({ where: { id } });
    return user && toAdapterUser(user);
  },
  async getUserByEmail(email) {
    const user = await db.user.findFirst({ where: { email: email.toLowerCase(), emailVerified: { not: null } } });
    return user && toAdapterUser(user);
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
    const user = await db.$transaction(async (tx) => {
      if (email) await tx.user.deleteMany({ where: { email, emailVerified: null } });
      return tx.user.create({
        data: { email, emailVerified: email ? new Date() : null, nickname, nicknameKey: nicknameKey(nickname), image: data.image ?? null },
      });
    });
    return toAdapterUser(user);
  },
};
