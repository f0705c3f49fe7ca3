import "server-only";
import { randomUUID } from "node:crypto";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { liveSession, readSessionToken } from "@/lib/auth/session-token";
import { authAdapter } from "@/lib/auth/adapter";
import { kakaoProvider } from "@/lib/auth/kakao";
import { authorizeCredentials } from "@/lib/auth/login";
import { registerSession, revokeSession, SESSION_MAX_AGE_SECONDS, sessionExpiresAt } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

async function memberClaims(memberId: string) {
  const member = await db.user.findUniqueOrThrow({
    where: { id: memberId },
    select: { nickname: true, role: true, atelier: { select: { id: true } } },
  });
  return { nickname: member.nickname, role: member.role, atelierId: member.atelier?.id ?? null };
}

export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth({
  adapter: authAdapter,
  secret: env.AUTH_SECRET,
  // Instances sit behind a load balancer that sets the Host; AUTH_URL is the public origin.
  trustHost: true,
  // JWT sessions (required by the Credentials provider); revocation is ours (lib/auth/sessions.ts).
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  logger: {
    // Refused logins, bad callbacks and malformed requests are answers, not server errors:
    // one line each, no stack traces.
    error(error) {
      if (error.name !== "CredentialsSignin") console.warn(`[auth] ${error.name}: ${error.message}`);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "이메일" }, password: { label: "비밀번호", type: "password" } },
      authorize: (credentials, request) => authorizeCredentials(credentials, request),
    }),
    kakaoProvider,
  ],
  callbacks: {
    /**
     * Kakao while signed in links Kakao to that member (from 마이페이지). Auth.js decides "signed
     * in" by the cookie's signature alone, so a revoked or expired session must be refused
     * here, or it could be used to link an account and come back to life.
     */
    async signIn({ account }) {
      if (account?.provider !== "kakao") return true;
      const current = (await readSessionToken(await cookies()))?.token ?? null;
      if (!current?.uid) return true;
      // /login deletes the dead cookie (proxy.ts), so the next attempt starts clean.
      if (!(await liveSession(current))) return "/login?error=SessionExpired";
      const linked = await db.account.findUnique({
        where: { provider_providerAccountId: { provider: "kakao", providerAccountId: account.providerAccountId } },
        select: { userId: true },
      });
      return linked && linked.userId !== current.uid ? "/mypage/account?kakao=taken" : true;
    },
    async jwt({ token, user, trigger }) {
      if (user?.id) {
        const sid = randomUUID();
        const authAt = Date.now();
        await registerSession(user.id, sid, authAt);
        return { ...token, uid: user.id, sid, authAt, ...(await memberClaims(user.id)) };
      }
      // However often the cookie is refreshed, a session ends SESSION_MAX_AGE after login.
      if (!token.uid || !token.sid || !token.authAt || Date.now() >= sessionExpiresAt(token.authAt)) return null;
      // Profile changes (nickname) are re-read from the database, never taken from the client.
      if (trigger === "update") return { ...token, ...(await memberClaims(token.uid)) };
      return token;
    },
  },
  events: {
    /** Logout revokes this session's id for the lifetime it had left; Auth.js clears the cookie. */
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.sid && token.authAt) await revokeSession(token.sid, token.authAt);
    },
  },
});
