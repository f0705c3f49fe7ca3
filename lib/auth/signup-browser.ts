import "server-only";
// Signing in the browser that signed up, once its mailed link is verified (issue #18 journey 1:
// no second password entry, and the 찜 that started it completes). The link alone must never sign
// in: mail scanners and forwarded mail open links. So the signup also leaves a random secret in
// an HttpOnly cookie of the signing-up browser, and the verification token carries its SHA-256
// (lib/auth/verification.ts). Only a request holding both the mailed token and that cookie signs
// in; any other verifies and goes to the login page as before.
//
// The sign-in itself is an Auth.js Credentials login (`signup-verified`, lib/auth/config.ts) with a
// one-time ticket, so Auth.js mints and registers the session exactly as for a password login.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { consumeToken, issueToken, tokenDigest } from "@/lib/auth/mail-link-tokens";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export const SIGNUP_BROWSER_COOKIE = "signup-browser";
/** Sent only to /api/auth/… (signup, resend, verify); SameSite=Lax keeps it off cross-site posts. */
const COOKIE_PATH = "/api/auth";
/** A mail round trip and a resend or two; after that the member logs in with the password. */
const COOKIE_MAX_AGE_SECONDS = 60 * 60;
const SECRET = /^[A-Za-z0-9_-]{43}$/;

async function currentSecret(): Promise<string | null> {
  const value = (await cookies()).get(SIGNUP_BROWSER_COOKIE)?.value;
  return value && SECRET.test(value) ? value : null;
}

/**
 * The signing-up browser's secret, kept (so an earlier link from this browser still signs in) or
 * made, its cookie (re)set; returns the SHA-256 to bind to the verification token. Set on every
 * signup, for registered addresses too, so the answer reveals nothing.
 */
export async function markSignupBrowser(): Promise<string> {
  const secret = (await currentSecret()) ?? randomBytes(32).toString("base64url");
  (await cookies()).set(SIGNUP_BROWSER_COOKIE, secret, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.AUTH_URL.startsWith("https:"),
    path: COOKIE_PATH,
    maxAge: COOKIE_MAX_AGE_SECONDS,
  });
  return tokenDigest(secret);
}

/** The SHA-256 of this browser's signup secret, or null without one (another browser, a scanner). */
export async function signupBrowserDigest(): Promise<string | null> {
  const secret = await currentSecret();
  return secret ? tokenDigest(secret) : null;
}

/** Whether `bound` (from a token) is this browser's secret digest; constant-time. */
export function isSameBrowser(bound: string | undefined, digest: string | null): boolean {
  if (!bound || !digest || bound.length !== digest.length) return false;
  return timingSafeEqual(Buffer.from(bound), Buffer.from(digest));
}

/** Once it has signed in, the browser's secret is done with. */
export async function forgetSignupBrowser(): Promise<void> {
  (await cookies()).delete({ name: SIGNUP_BROWSER_COOKIE, path: COOKIE_PATH });
}

/** A one-time sign-in ticket for a member who just verified in the browser that signed up. */
export function issueSignInTicket(memberId: string): Promise<string> {
  return issueToken("signInTicket", memberId);
}

/**
 * The `signup-verified` provider's check: the ticket's member (used up by reading), if it is
 * still a verified member. Null for an unknown, used or expired ticket.
 */
export async function redeemSignInTicket(ticket: string): Promise<{ id: string } | null> {
  if (!SECRET.test(ticket)) return null;
  const memberId = await consumeToken("signInTicket", ticket);
  if (!memberId) return null;
  return db.member.findFirst({ where: { id: memberId, emailVerified: { not: null } }, select: { id: true } });
}
