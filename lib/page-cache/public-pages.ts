// Which pages are the same for every visitor, so one rendering can be served to everyone from
// cache (lib/page-cache/serve.ts, nginx). Everything is, except the pages below: they read the
// session or a one-time token, and are rendered per request with a nonce CSP. A page left off
// this list by mistake is still safe to cache: the cached rendering is made for a request that
// carries no cookie, so it can only ever show what a visitor who is not signed in sees.
// What belongs to a viewer on the public pages (the header's member menu, 찜 and follow state,
// a held coupon) arrives from GET /api/me/viewer after load.

const PER_REQUEST = ["/mypage", "/studio", "/admin", "/login", "/signup", "/verify-email", "/forgot-password", "/reset-password", "/forbidden", "/unsubscribe", "/cart", "/checkout"];

export function isPublicPage(pathname: string): boolean {
  return !PER_REQUEST.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}
