// The offline schema engine: migrations apply to an empty database and match the schema.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { dropDatabase, migrate } from "../lib/database.ts";
import { ROOT } from "../lib/local-env.ts";
import { bin } from "../lib/proc.ts";

const run = promisify(execFile);
const url = "postgresql://postgres@127.0.0.1:5432/gongbang_migrate_check";
const env: Record<string, string> = { ...(process.env as Record<string, string>), DATABASE_URL: url };

afterAll(() => dropDatabase(url));

describe("prisma migrations, offline", () => {
  it("apply to an empty database and leave nothing for the schema to add", async () => {
    await dropDatabase(url);
    await migrate(env);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
      expect(rows.map((r) => r.table_name)).toEqual(
        expect.arrayContaining(["members", "accounts", "ateliers", "categories", "products", "likes", "follows", "follow_events", "coupon_events", "coupons", "_prisma_migrations"]),
      );
      // The database guards what Prisma cannot express: a slot beyond the event's quantity.
      await client.query("INSERT INTO coupon_events (title, discount_type, discount_value, total_quantity, starts_at, ends_at, valid_days, updated_at) VALUES ('t', 'AMOUNT', 1, 2, now(), now() + interval '1 day', 1, now())");
      await client.query("INSERT INTO members (id, nickname, nickname_key, updated_at) VALUES ('m1', 'n', 'n', now())");
      await expect(client.query("INSERT INTO coupons (id, event_id, user_id, seq, expires_at) VALUES ('c', 1, 'm1', 3, now())")).rejects.toThrow(/total quantity/);
    } finally {
      await client.end();
    }
    const { stdout } = await run(bin("prisma"), ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--script"], { cwd: ROOT, env: env as NodeJS.ProcessEnv });
    expect(stdout.trim()).toBe("-- This is an empty migration.");
  }, 120_000);
});
