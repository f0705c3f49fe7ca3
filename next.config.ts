import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Self-contained server bundle for containers; see docs/deploy.md.
  output: "standalone",
  // A second build (the benchmark's) can live beside the one under test.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // Metadata is rendered before the page is sent, for every visitor, instead of streamed into it
  // behind a Suspense boundary: public pages are cached whole with a CSP that hashes their inline
  // scripts (lib/page-cache/), and React's streaming scripts are not among the forms it hashes.
  htmlLimitedBots: /.*/,
  // The proxy sees requests as sent, flight-data headers (RSC) and `_rsc` included, so it can tell a
  // client-side navigation from a document request (proxy.ts).
  skipProxyUrlNormalize: true,
  // Route handlers and server code import the generated Prisma client as TypeScript.
  serverExternalPackages: ["@node-rs/argon2", "pg", "pg-boss"],
  // Security headers on every response (pages also get their CSP from proxy.ts).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
        ],
      },
    ];
  },
  // A listing's default view is a cached page (ISR), which is keyed by its path and cannot read
  // the query; with ?sort= or ?page= the same listing is rendered per request by its /list route.
  // (Rewrites apply one after another: an atelier id is digits, so /ateliers/list is not one.)
  async rewrites() {
    const listings: [source: string, destination: string][] = [
      ["/ateliers", "/ateliers/list"],
      ["/ateliers/:id(\\d+)", "/ateliers/:id/list"],
      ["/categories/:slug", "/categories/:slug/list"],
    ];
    return {
      beforeFiles: listings.flatMap(([source, destination]) =>
        ["sort", "page"].map((key) => ({ source, has: [{ type: "query" as const, key }], destination })),
      ),
    };
  },
  experimental: {
    // forbidden(): role checks answer 403 with app/forbidden.tsx.
    authInterrupts: true,
  },
};

export default nextConfig;
