// The Content-Security-Policy of every page, in its two forms:
// - a page rendered for one request (signed-in areas, forms) allows the scripts carrying that
//   request's nonce, and those may load more ('strict-dynamic');
// - a public page served from cache to everyone allows the build's script files and the SHA-256
//   of each inline script Next.js wrote into it (lib/page-cache/inline-scripts.ts). A nonce there
//   would be the same for every visitor, so it would protect nothing.
// Neither allows 'unsafe-inline' scripts or inline event handlers.

type PolicyContext = { https: boolean; appOrigin: string; kakaoAuthOrigin: string; development: boolean };

export type ScriptSources = { nonce: string } | { hashes: string[] };

function scriptSources(scripts: ScriptSources, { appOrigin, development }: PolicyContext): string {
  // React's dev build evaluates code for its debugging aids; production never needs eval.
  const evalInDev = development ? " 'unsafe-eval'" : "";
  if ("nonce" in scripts) return `'self' 'nonce-${scripts.nonce}' 'strict-dynamic'${evalInDev}`;
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
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // The Kakao login form's redirect goes to Kakao's authorize page.
    `form-action 'self' ${context.kakaoAuthOrigin}`,
    "frame-ancestors 'none'",
    ...(context.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}
