import "server-only";
import { randomUUID } from "node:crypto";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { liveSession, readSessionToken } from "@/lib/auth/session-cookie";
import { authAdapter } from "@/lib/auth/adapter";
import { logAuthError } from "@/lib/auth/auth-log";
import { kakaoProvider } from "@/lib/auth/kakao";
import { completeKakaoSignup, kakaoSignupStep } from "@/lib/auth/kakao-signup";
import { kakaoLinkRefusal, mailKakaoChange } from "@/lib/auth/login-methods";
import { authorizeCredentials } from "@/lib/auth/login";
import { redeemSignInTicket } from "@/lib/auth/signup-browser";
import { registerSession, revokeSession, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-revocation";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { kakaoSignupSchema } from "@/lib/validation/auth";

/** Auth.js's cookie for where a login returns to (it names it with __Secure- over https). */
const CALLBACK_URL_COOKIES = ["__Secure-authjs.callback-url", "authjs.callback-url"];

/** The path a login started from, as Auth.js kept it: an absolute URL of this site. */
export function callbackPathOf(jar: { get(name: string): { value: string } | undefined }): string {
  const value = CALLBACK_URL_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!value) return "/";
  try {
    const url = new URL(value, env.AUTH_URL);
    return url.origin === new URL(env.AUTH_URL).origin ? `${url.pathname}${url.search}` : "/";
  } catch {
    return "/";
  }
}

async function memberClaims(memberId: string) {
  const member = await db.member.findUniqueOrThrow({
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
  // JWT sessions (required by the Credentials provider); revocation is ours (lib/auth/session-revocation.ts).
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  logger: { error: logAuthError },
  providers: [
    Credentials({
      credentials: { email: { label: "이메일" }, password: { label: "비밀번호", type: "password" } },
      authorize: (credentials, request) => authorizeCredentials(credentials, request),
    }),
    kakaoProvider,
    // The second half of a first Kakao login: the consent step's agreements (JSON, from the
    // server action on /signup/kakao) finish the parked signup (lib/auth/kakao-signup.ts).
    Credentials({
      id: "kakao-signup",
      credentials: { agreements: {} },
      async authorize(credentials) {
        let agreements: unknown;
        try {
          agreements = JSON.parse(String(credentials.agreements ?? ""));
        } catch {
          return null;
        }
        const parsed = kakaoSignupSchema.safeParse({ agreements });
        return parsed.success ? completeKakaoSignup(parsed.data.agreements) : null;
      },
    }),
    // A verified signup in the browser that signed up (lib/auth/verify-and-sign-in.ts): a one-time
    // ticket, issued by the verify route a moment before, stands for the member; used once.
    Credentials({
      id: "signup-verified",
      credentials: { ticket: {} },
      authorize: (credentials) => redeemSignInTicket(String(credentials.ticket ?? "")),
    }),
  ],
  callbacks: {
    /**
     * Kakao while signed in links Kakao to that member (from 마이페이지). Auth.js decides "signed
     * in" by the cookie's signature alone, so a revoked or expired session must be refused
     * here, or it could be used to link an account and come back to life; and linking needs
     * proof of the person (lib/auth/login-methods.ts).
     */
    async signIn({ account, user }) {
      if (account?.provider !== "kakao") return true;
      const jar = await cookies();
      const current = (await readSessionToken(jar))?.token ?? null;
      // Without a session this is a Kakao login: a new Kakao account is asked to agree first.
      if (!current?.memberId) {
        const identity = { providerAccountId: account.providerAccountId, name: user.name ?? null, email: user.email ?? null, image: user.image ?? null };
        return kakaoSignupStep(identity, callbackPathOf(jar));
      }
      // /login deletes the dead cookie (proxy.ts), so the next attempt starts clean.
      const live = await liveSession(current);
      if (!live) return "/login?error=SessionExpired";
      return (await kakaoLinkRefusal(live, account.providerAccountId)) ?? true;
    },
    async jwt({ token, user, trigger }) {
      if (user?.id) {
        const sid = randomUUID();
        const authAt = Date.now();
        await registerSession(user.id, sid, authAt);
        return { ...token, memberId: user.id, sid, authAt, ...(await memberClaims(user.id)) };
      }
      // However often the cookie is refreshed, a session ends SESSION_MAX_AGE after login, and a
      // revoked one (logout, password change) ends now: null makes Auth.js delete the cookie
      // instead of re-issuing it (/api/auth/session). Pages and API routes read the session
      // through getSignedInMember, so this one Redis EXISTS is paid only on Auth.js's own calls.
      const live = await liveSession(token);
      if (!live) return null;
      // Profile changes (nickname) are re-read from the database, never taken from the client.
      if (trigger === "update") return { ...live, ...(await memberClaims(live.memberId)) };
      return live;
    },
  },
  events: {
    /** Linking Kakao to an email account is mailed to the member (new Kakao members get none). */
    async linkAccount({ user }) {
      if (user.id) await mailKakaoChange(user.id, "linked", { onlyWithPassword: true });
    },
    /** Logout revokes this session's id for the lifetime it had left; Auth.js clears the cookie. */
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.sid && token.authAt) await revokeSession(token.sid, token.authAt);
    },
  },
});
