import "server-only";
// A first Kakao login becomes a member only after the person has agreed to the terms (issue #16
// item 4: "asked once before their account is created"). Auth.js would create the member in the
// OAuth callback; instead its signIn callback (lib/auth/config.ts) parks the Kakao identity it has
// just proved in a short-lived, single-use record and sends the browser to /signup/kakao. There
// the agreements are asked, and the `kakao-signup` sign-in (a Credentials provider, so Auth.js
// still mints the session and its jwt callback registers it) creates the member, links the Kakao
// account and logs in, in one step.
//
// Why not create the member first and hold it "unusable" until it consents: every page, route and
// the claim script would have to know about half-made members, and one forgotten check would let
// a member act without consent. Parked this way there is no such row; a Kakao account that never
// finishes leaves a Redis key that expires.
import { createHash, randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import * as z from "zod/mini";
import { agreementColumns } from "@/lib/auth/agreements";
import { availableNickname, nicknameKey } from "@/lib/auth/nickname";
import { safeCallbackUrl } from "@/lib/callback-url";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { redis } from "@/lib/redis";
import { redisKeys } from "@/lib/redis-keys";
import type { Agreements } from "@/lib/validation/auth";

/** Long enough to read the terms, short enough that a Kakao proof does not linger. */
const PENDING_TTL_SECONDS = 15 * 60;
/** The browser that proved the Kakao identity holds the only key to its parked record. */
export const KAKAO_SIGNUP_COOKIE = "kakao-signup";
const COOKIE_PATH = "/signup/kakao";

/** What the Kakao provider's profile() gives (lib/auth/kakao.ts): a verified email or none. */
type KakaoIdentity = { providerAccountId: string; name: string | null; email: string | null; image: string | null };
const pendingSchema = z.object({ providerAccountId: z.string(), name: z.nullable(z.string()), email: z.nullable(z.string()), image: z.nullable(z.string()) });

const keyOf = (token: string) => redisKeys.kakaoSignup(createHash("sha256").update(token).digest("hex"));

/**
 * The signIn callback's question for a Kakao login without a session: true to let Auth.js go on
 * (a Kakao account we know; or an email a verified member owns, which Auth.js refuses to link as
 * before), or the consent step's address after parking the identity for it.
 */
export async function kakaoSignupStep(identity: KakaoIdentity, callbackUrl: string): Promise<true | string> {
  const known = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: "kakao", providerAccountId: identity.providerAccountId } },
    select: { userId: true },
  });
  if (known) return true;
  if (identity.email && (await db.member.count({ where: { email: identity.email, emailVerified: { not: null } } })) > 0) return true;

  const token = randomBytes(32).toString("base64url");
  await redis.set(keyOf(token), JSON.stringify(identity), { ex: PENDING_TTL_SECONDS });
  (await cookies()).set(KAKAO_SIGNUP_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.AUTH_URL.startsWith("https:"),
    path: COOKIE_PATH,
    maxAge: PENDING_TTL_SECONDS,
  });
  return `${COOKIE_PATH}?callbackUrl=${encodeURIComponent(safeCallbackUrl(callbackUrl))}`;
}

/** The parked Kakao identity this browser may finish (for the consent page), or null when expired. */
export async function pendingKakaoSignup(): Promise<{ nickname: string | null } | null> {
  const token = (await cookies()).get(KAKAO_SIGNUP_COOKIE)?.value;
  if (!token) return null;
  const raw = await redis.get<string>(keyOf(token));
  const parsed = raw ? pendingSchema.safeParse(JSON.parse(raw)) : null;
  return parsed?.success ? { nickname: parsed.data.name } : null;
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Finishes the parked signup with the agreements given: the member (dated agreements, a unique
 * nickname, the verified Kakao email unless a verified member has it by now; an unverified
 * squatter on it is removed, who could never log in) and its Kakao link, in one transaction.
 * The record is taken with GETDEL, so it finishes once. The same Kakao account finished in
 * another tab meanwhile is simply that member. Null when there is nothing to finish (expired).
 */
export async function completeKakaoSignup(agreements: Agreements): Promise<{ id: string } | null> {
  const jar = await cookies();
  const token = jar.get(KAKAO_SIGNUP_COOKIE)?.value;
  if (!token) return null;
  const raw = await redis.getdel<string>(keyOf(token));
  jar.delete({ name: KAKAO_SIGNUP_COOKIE, path: COOKIE_PATH });
  const parsed = raw ? pendingSchema.safeParse(JSON.parse(raw)) : null;
  if (!parsed?.success) return null;
  const identity = parsed.data;
  const nickname = await availableNickname(identity.name);
  try {
    return await db.$transaction(async (tx) => {
      let email = identity.email;
      if (email) {
        await tx.member.deleteMany({ where: { email, emailVerified: null } });
        if ((await tx.member.count({ where: { email } })) > 0) email = null;
      }
      const member = await tx.member.create({
        data: { email, emailVerified: email ? new Date() : null, nickname, nicknameKey: nicknameKey(nickname), image: identity.image, ...agreementColumns(agreements) },
        select: { id: true },
      });
      await tx.account.create({ data: { userId: member.id, type: "oauth", provider: "kakao", providerAccountId: identity.providerAccountId } });
      return member;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Finished in another tab (the account's key), or the nickname was taken a moment ago: the
    // first is that member; the second is rare enough to ask for a new Kakao login.
    const account = await db.account.findUnique({ where: { provider_providerAccountId: { provider: "kakao", providerAccountId: identity.providerAccountId } }, select: { userId: true } });
    return account ? { id: account.userId } : null;
  }
}
