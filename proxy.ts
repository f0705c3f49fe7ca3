import { NextResponse, type NextRequest } from "next/server";
import { signedInArea } from "@/lib/auth/areas";
import { liveSession, readSessionToken } from "@/lib/auth/session-cookie";
import { contentSecurityPolicy } from "@/lib/content-security-policy";
import { env } from "@/lib/env";
import { isPublicPage } from "@/lib/page-cache/public-pages";
import { isPageRender, servePublicPage } from "@/lib/page-cache/serve";
import { PAYMENT_PAGE_PATH } from "@/lib/payments/toss";

/**
 * The first gate of every page request (API routes guard themselves: lib/http.ts apiRoute):
 * - public pages (all but the per-request ones in lib/page-cache/public-pages.ts, unknown paths
 *   404 included) are answered from the rendering the proxy keeps
 *   (lib/page-cache/serve.ts), with a CSP of hashes, cacheable by nginx; the proxy's own request
 *   for that rendering passes straight through;
 * - every other page gets a Content-Security-Policy with a fresh nonce (Next.js puts it on its own
 *   scripts; no inline script runs without it), rendered for this request; the payment page's
 *   also allows Toss's SDK (TOSS_SDK_URL's origin);
 * - both get HSTS when served over https;
 * - signed-in areas need a live session (a revoked or expired cookie is sent to /login);
 * - /admin needs a marketer, /studio an atelier owner (lib/auth/roles.ts defines who may enter
 *   each area); here the token's claims only spare rendering a page the database check refuses;
 * - /login drops a dead session cookie, so a revoked session cannot get in the way of logging in.
 * The session cookie is only read here, never rewritten.
 */

const appOrigin = new URL(env.AUTH_URL).origin;
const kakaoAuthOrigin = new URL(env.AUTH_KAKAO_BASE_URL ?? "https://kauth.kakao.com").origin;
const paymentSdkOrigin = new URL(env.TOSS_SDK_URL).origin;
// `next dev` renders every page per request (its scripts change with each edit).
const development = process.env.NODE_ENV === "development";

function isHttps(request: NextRequest): boolean {
  return (request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "")) === "https";
}

/**
 * A browser loading the page itself, not a client-side navigation's or prefetch's flight-data
 * request (which Next.js answers itself; the proxy sees its `RSC` header and `_rsc` query because
 * next.config.ts turns off the proxy's URL normalisation).
 */
function isFlightRequest(request: NextRequest): boolean {
  return request.headers.has("rsc") || request.nextUrl.searchParams.has("_rsc");
}

function isDocumentRequest(request: NextRequest): boolean {
  return (request.method === "GET" || request.method === "HEAD") && !isFlightRequest(request);
}

function withTransportSecurity(response: NextResponse, https: boolean): NextResponse {
  if (https) response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains; preload");
  return response;
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  if (isPageRender(request)) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  const https = isHttps(request);
  const policy = { https, appOrigin, kakaoAuthOrigin, development };
  if (!development && isPublicPage(pathname) && isDocumentRequest(request)) {
    return withTransportSecurity(await servePublicPage(request, policy), https);
  }
  // A public page's flight data may regenerate its ISR entry, which the page cache then serves as
  // everyone's document: it is rendered without a nonce, like the document itself (a request CSP
  // here would bake that request's nonce into the shared rendering).
  if (!development && isPublicPage(pathname) && isFlightRequest(request)) return withTransportSecurity(NextResponse.next(), https);

  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy({ nonce }, pathname === PAYMENT_PAGE_PATH ? { ...policy, paymentSdkOrigin } : policy);
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);

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
  return withTransportSecurity(response, https);
}

export const config = {
  // Pages only: not static files, and not API routes (they check their origin themselves).
  matcher: ["/((?!api/|_next/static|_next/image|images/|favicon.ico|robots.txt).*)"],
};
