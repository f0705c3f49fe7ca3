import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { bin } from "../scripts/lib/proc";
import { ROOT } from "../scripts/lib/local-env";
import { seedRefusal } from "./seed-guard";

const local = "postgresql://postgres@127.0.0.1:5432/gongbang";

describe("db:seed refuses a production database", () => {
  it.each([
    ["postgresql://postgres@127.0.0.1:5432/gongbang", true],
    ["postgresql://postgres@localhost/gongbang", true],
    ["postgresql://postgres@[::1]:5432/gongbang", true],
    ["postgresql://app@db.internal:5432/shop", false],
    ["postgresql://app@10.0.0.5/shop", false],
    ["postgresql://app@ep-cool-1.ap-northeast-2.aws.neon.tech/shop", false],
  ])("%s → seeds: %s", (url, seeds) => {
    expect(seedRefusal({ DATABASE_URL: url, NODE_ENV: "development" }) === null).toBe(seeds);
  });

  it("refuses under NODE_ENV=production even on this machine; SEED_ANY_DATABASE=1 overrides both", () => {
    expect(seedRefusal({ DATABASE_URL: local, NODE_ENV: "production" })).toMatch(/NODE_ENV=production/);
    expect(seedRefusal({ DATABASE_URL: "postgresql://app@db.internal/shop", NODE_ENV: "production", SEED_ANY_DATABASE: "1" })).toBeNull();
  });

  it("the seed command itself stops before touching the database", () => {
    const run = spawnSync(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: "development", DATABASE_URL: "postgresql://app@db.example.invalid:5432/shop", SEED_ANY_DATABASE: "" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Refusing to seed demo data into a database on another host (db.example.invalid)");
  });
});
