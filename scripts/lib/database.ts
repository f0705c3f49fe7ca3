// Database lifecycle for local runs: create if missing, migrate, seed once.
import pg from "pg";
import type { LocalEnv } from "./local-env.ts";
import { bin, run } from "./proc.ts";

function adminUrl(databaseUrl: string): { url: string; name: string } {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = "/postgres";
  return { url: url.toString(), name };
}

/** Creates the database named in the URL if it does not exist (UTF-8, so Korean trigrams work). */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const { url, name } = adminUrl(databaseUrl);
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is not reachable at ${new URL(databaseUrl).host}: ${(error as Error).message}`);
  }
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}" ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  const { url, name } = adminUrl(databaseUrl);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export async function migrate(env: LocalEnv): Promise<void> {
  await ensureDatabase(env.DATABASE_URL!);
  await run(bin("prisma"), ["migrate", "deploy"], env, { quiet: true });
}

export async function seed(env: LocalEnv): Promise<void> {
  await run(bin("prisma"), ["db", "seed"], env, { quiet: true });
}

/** True when the catalog has no products yet (a fresh database). */
export async function isEmpty(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM products");
    return rows[0]!.n === 0;
  } finally {
    await client.end();
  }
}
