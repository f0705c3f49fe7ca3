import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// Prisma 7's CLI wants to download a native schema-engine binary, which cannot happen on an
// offline machine. scripts/prisma/schema-engine-wasm.mjs stands in for it: it speaks the
// CLI's JSON-RPC and forwards every call to the WebAssembly schema engine from npm, running
// SQL through @prisma/adapter-pg. It must be set before the CLI looks for an engine, and this
// file is loaded before that check.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(
  new URL("./scripts/prisma/schema-engine-wasm.mjs", import.meta.url),
);

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    // react-server: the seed imports a server-only module (lib/auth/password.ts).
    seed: "tsx --conditions=react-server prisma/seed.ts",
  },
  datasource: {
    // `prisma generate` (run by postinstall) needs no database; every command that does is
    // run through scripts/db.ts, which sets DATABASE_URL.
    url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/gongbang",
  },
});
