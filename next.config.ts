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
  experimental: {
    // forbidden(): role checks answer 403 with app/forbidden.tsx.
    authInterrupts: true,
  },
};

export default nextConfig;
