// Members made directly in the database, with sessions minted by Auth.js's own `encode` and
// the app's secret: what a load test does to have hundreds of signed-in shoppers at once.
// The rows are real; only the login ceremony is skipped.
import { mintSessionCookie, type SessionOf } from "@/lib/auth/session-cookie-mint";
import { sql } from "./data";

export type TestMember = { id: string; nickname: string; cookie: string };

export function sessionCookie(member: SessionOf): Promise<string> {
  return mintSessionCookie(process.env.AUTH_SECRET!, member);
}

/** A session cookie for a demo account (product.md's shopper, owner and marketer). */
export async function demoSession(email: string): Promise<string> {
  const { rows } = await sql().query<{ id: string; nickname: string; role: "USER" | "MARKETER"; atelier_id: number | null }>(
    "SELECT m.id, m.nickname, m.role, a.id AS atelier_id FROM members m LEFT JOIN ateliers a ON a.owner_id = m.id WHERE m.email = $1",
    [email],
  );
  const member = rows[0]!;
  return sessionCookie({ id: member.id, nickname: member.nickname, role: member.role, atelierId: member.atelier_id });
}

/** n fresh members (no password, no email) with a session cookie each. */
export async function createMembers(n: number, prefix = "m"): Promise<TestMember[]> {
  const run = Math.random().toString(36).slice(2, 8);
  const rows = Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${run}-${i}`, nickname: `${prefix}${run}${i}` }));
  const values = rows.map((_, i) => `($${i * 2 + 1}, $${i * 2 + 2}, lower($${i * 2 + 2}), now())`).join(", ");
  await sql().query(`INSERT INTO members (id, nickname, nickname_key, updated_at) VALUES ${values}`, rows.flatMap((r) => [r.id, r.nickname]));
  return Promise.all(rows.map(async (r) => ({ ...r, cookie: await sessionCookie(r) })));
}

/**
 * Runs the tasks with at most `limit` in flight at once. After a failure no new task starts,
 * and the call settles only when those in flight have, so nothing leaks into the next test.
 */
export async function inParallel<T>(tasks: (() => Promise<T>)[], limit = 200): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  await Promise.all(
    Array.from({ length: Math.min(limit, tasks.length) }, async () => {
      while (next < tasks.length && !failure) {
        const i = next++;
        try {
          results[i] = await tasks[i]!();
        } catch (error) {
          failure ??= { error };
        }
      }
    }),
  );
  if (failure) throw failure.error;
  return results;
}
