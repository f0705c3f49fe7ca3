import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { auth } from "@/lib/auth/config";
import { isSessionRevoked } from "@/lib/auth/sessions";
import { env } from "@/lib/env";
import { jsonError } from "@/lib/http";

/**
 * The first gate of every request that needs one:
 * - mutating API calls from another origin are refused (CSRF), whatever their cookies;
 * - signed-in areas need a live session (a revoked or expired cookie is sent to /login);
 * - /admin needs a marketer, /studio an atelier owner. Pages check again on the server.
 */

const appOrigin = new URL(env.AUTH_URL).origin;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function crossOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (origin) return origin !== appOrigin;
  // No Origin: not a browser's cross-site request unless Fetch Metadata says so.
  return request.headers.get("sec-fetch-site") === "cross-site";
}

const ROLE_AREAS = [
  { prefix: "/admin", allowed: (m: { role: string }) => m.role === "MARKETER" },
  { prefix: "/studio", allowed: (m: { atelierId: number | null }) => m.atelierId !== null },
];

const guardPages = auth(async (request) => {
  const member = request.auth?.member;
  const live = member && !(await isSessionRevoked(member.sid));
  const { pathname, search } = request.nextUrl;
  if (!live) {
    const login = new URL("/login", appOrigin);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  const area = ROLE_AREAS.find((a) => pathname === a.prefix || pathname.startsWith(`${a.prefix}/`));
  // The page answers 403 itself (lib/auth/roles.ts); here the wrong role just skips rendering work.
  if (area && !area.allowed(member)) return NextResponse.rewrite(new URL("/forbidden", request.url));
  return NextResponse.next();
});

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  if (request.nextUrl.pathname.startsWith("/api/")) {
    if (!SAFE_METHODS.has(request.method) && crossOrigin(request)) {
      return jsonError(403, "CROSS_ORIGIN", "다른 사이트에서 보낸 요청은 처리할 수 없어요.");
    }
    return NextResponse.next();
  }
  return guardPages(request, event as never);
}

export const config = {
  matcher: ["/api/:path*", "/mypage/:path*", "/studio/:path*", "/admin/:path*"],
};
