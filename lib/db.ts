import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

function createClient(): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: env.DATABASE_URL,
    max: env.DATABASE_POOL_SIZE,
    connectionTimeoutMillis: 3_000,
    // A statement that runs longer than this is a bug or an overload; fail it, answer 503.
    statement_timeout: 5_000,
    // Prisma stores timestamps as UTC without a zone; DEFAULT now() must agree on any server.
    options: "-c TimeZone=UTC",
  });
  return new PrismaClient({ adapter });
}

// One client per process; dev's hot reload would otherwise open a pool per edit.
const globalForDb = globalThis as unknown as { db?: PrismaClient };
export const db: PrismaClient = globalForDb.db ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.db = db;
