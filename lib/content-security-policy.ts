// The Content-Security-Policy of every page, in its two forms:
// - a page rendered for one request (signed-in areas, forms) allows the scripts carrying that
//   request's nonce, and those may load more ('strict-dynamic');
// - a public page served from cache to everyone allows the build's script files and the SHA-256
//   of each inline script Next.js wrote into it (lib/page-cache/inline-scripts.ts). A nonce there
//   would be the same for every visitor, so it would protect nothing.
// Neither allows 'unsafe-inline' scripts or inline event handlers.
// The payment page (/checkout/pay) also allows Toss's JS SDK, from exactly its origin.

/** `paymentSdkOrigin`: only on the payment page, the origin of TOSS_SDK_URL. */
type PolicyContext = { https: boolean; appOrigin: string; kakaoAuthOrigin: string; development: boolean; paymentSdkOrigin?: string };

/**
 * Where Toss's real SDK opens its window (a frame on wide screens) and what it calls from the
 * page: Toss's own hosts. The local stand-in's SDK navigates instead, which no directive limits.
 */
const TOSS_HOSTS = "https://*.tosspayments.com";

export type ScriptSources = { nonce: string } | { hashes: string[] };

function scriptSources(scripts: ScriptSources, context: PolicyContext): string {
  const { appOrigin, development } = context;
  // React's dev build evaluates code for its debugging aids; production never needs eval.
  const evalInDev = development ? " 'unsafe-eval'" : "";
  // With 'strict-dynamic' a browser of CSP level 3 trusts the SDK because the page's own nonced
  // code inserts it; the origin is what a level-2 browser checks instead.
  const sdk = context.paymentSdkOrigin ? ` ${context.paymentSdkOrigin}` : "";
  if ("nonce" in scripts) return `'self' 'nonce-${scripts.nonce}' 'strict-dynamic'${sdk}${evalInDev}`;
  // The build's files (content-hashed, immutable) and nothing else from this origin: no API
  // answer or image can be loaded as a script (they are also served with nosniff).
  return [`${appOrigin}/_next/static/`, ...scripts.hashes].join(" ") + evalInDev;
}

export function contentSecurityPolicy(scripts: ScriptSources, context: PolicyContext): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSources(scripts, context)}`,
    // Inline style attributes (React style props, toasts) are not scripts; they stay allowed.
    "style-src 'self' 'unsafe-inline'",
    // Kakao profile pictures come from Kakao's CDN.
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    context.paymentSdkOrigin ? `connect-src 'self' ${TOSS_HOSTS}` : "connect-src 'self'",
    ...(context.paymentSdkOrigin ? [`frame-src ${TOSS_HOSTS}`] : []),
    "object-src 'none'",
    "base-uri 'self'",
    // The Kakao login form's redirect goes to Kakao's authorize page.
    `form-action 'self' ${context.kakaoAuthOrigin}`,
    "frame-ancestors 'none'",
    ...(context.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}
