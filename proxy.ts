import { NextResponse, type NextRequest } from "next/server";
import { signedInArea } from "@/lib/auth/areas";
import { liveSession, readSessionToken } from "@/lib/auth/session-cookie";
import { env } from "@/lib/env";

/**
 * The first gate of every page request (API routes guard themselves: lib/http.ts apiRoute):
 * - pages get a Content-Security-Policy with a fresh nonce (Next.js puts it on its own scripts;
 *   no inline script runs without it) and HSTS when served over https;
 * - signed-in areas need a live session (a revoked or expired cookie is sent to /login);
 * - /admin needs a marketer, /studio an atelier owner (lib/auth/roles.ts defines who may enter
 *   each area); here the token's claims only spare rendering a page the database check refuses;
 * - /login drops a dead session cookie, so a revoked session cannot get in the way of logging in.
 * The session cookie is only read here, never rewritten.
 */

const appOrigin = new URL(env.AUTH_URL).origin;
const kakaoAuthOrigin = new URL(env.AUTH_KAKAO_BASE_URL ?? "https://kauth.kakao.com").origin;

function isHttps(request: NextRequest): boolean {
  return (request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "")) === "https";
}

function contentSecurityPolicy(nonce: string, https: boolean): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts Next.js loads with the nonce may load their chunks, nothing else runs.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (React style props, toasts) are not scripts; they stay allowed.
    "style-src 'self' 'unsafe-inline'",
    // Kakao profile pictures come from Kakao's CDN.
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // The Kakao login form's redirect goes to Kakao's authorize page.
    `form-action 'self' ${kakaoAuthOrigin}`,
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** A page request (API routes are not matched): CSP and security headers, the signed-in/role gates, dead cookies dropped. */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  const nonce = btoa(crypto.randomUUID());
  const https = isHttps(request);
  const csp = contentSecurityPolicy(nonce, https);
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  headers.set("x-nonce", nonce);

  const area = signedInArea(pathname);
  const session = area || pathname === "/login" ? await readSessionToken(request.cookies) : null;
  const member = session ? await liveSession(session.token) : null;
  let response: NextResponse;
  if (area && !member) {
    const login = new URL("/login", appOrigin);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    response = NextResponse.redirect(login);
  } else if (area && member && !area.admits(member)) {
    // The page itself answers 403 (lib/auth/roles.ts); this only skips its rendering work.
    response = NextResponse.rewrite(new URL("/forbidden", request.url), { request: { headers } });
  } else {
    response = NextResponse.next({ request: { headers } });
  }
  if (session && !member) response.cookies.delete(session.cookie);
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains; preload");
  return response;
}

export const config = {
  // Pages only: not static files, and not API routes (they check their origin themselves).
  matcher: ["/((?!api/|_next/static|_next/image|images/|favicon.ico|robots.txt).*)"],
};
