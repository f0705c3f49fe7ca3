import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import { db } from "@/lib/db";
import type { Member } from "@/lib/generated/prisma/client";

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
 * - Auth.js creates no member: new Kakao members are made after they agree to the terms.
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
  /**
   * Never reached: the signIn callback sends every new Kakao account to the consent step, which
   * creates the member itself once the terms are agreed (lib/auth/kakao-signup.ts). Refusing here
   * keeps any future path from making a member who agreed to nothing.
   */
  createUser() {
    throw new Error("members are created after the consent step (lib/auth/kakao-signup.ts), not by Auth.js");
  },
};
