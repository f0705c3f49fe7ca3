// The bench's own database client and members: rows made directly, sessions minted as a login
// would (lib/auth/session-cookie-mint.ts), so hundreds of shoppers are signed in at once. The
// rows are real; only the login ceremony is skipped. run.ts sets DATABASE_URL and AUTH_SECRET.
import pg from "pg";
import { mintSessionCookie } from "@/lib/auth/session-cookie-mint";

export type BenchMember = { id: string; nickname: string; cookie: string };

let pool: pg.Pool | undefined;
export function sql(): pg.Pool {
  return (pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 }));
}

export async function closeSql(): Promise<void> {
  await pool?.end();
  pool = undefined;
}

/** n fresh members (no password, no email) with a session cookie each. */
export async function createMembers(n: number, prefix: string): Promise<BenchMember[]> {
  const run = Math.random().toString(36).slice(2, 8);
  const rows = Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${run}-${i}`, nickname: `${prefix}${run}${i}` }));
  const values = rows.map((_, i) => `($${i * 2 + 1}, $${i * 2 + 2}, lower($${i * 2 + 2}), now())`).join(", ");
  await sql().query(`INSERT INTO members (id, nickname, nickname_key, updated_at) VALUES ${values}`, rows.flatMap((r) => [r.id, r.nickname]));
  return Promise.all(rows.map(async (r) => ({ ...r, cookie: await mintSessionCookie(process.env.AUTH_SECRET!, r) })));
}
