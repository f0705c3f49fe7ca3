import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Self-contained server bundle for containers; see docs/deploy.md.
  output: "standalone",
  // A second build (the benchmark's) can live beside the one under test.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // Route handlers and server code import the generated Prisma client as TypeScript.
  serverExternalPackages: ["@node-rs/argon2", "pg"],
  // Security headers on every response (pages also get a CSP with a nonce from proxy.ts).
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
  experimental: {
    // forbidden(): role checks answer 403 with app/forbidden.tsx.
    authInterrupts: true,
  },
};

export default nextConfig;
