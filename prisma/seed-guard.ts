// The demo seed creates members with a published password (prisma/demo-accounts.ts),
// a marketer among them: on a production database that is a back door. So it seeds only a
// database on this machine, outside production, unless told otherwise on purpose.

/** The opt-out, for a development database on another host (a Compose service, a VM). */
export const SEED_OVERRIDE = "SEED_ANY_DATABASE";

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Why the seed must not run against this environment, or null when it may. */
export function seedRefusal(env: NodeJS.ProcessEnv): string | null {
  if (env[SEED_OVERRIDE] === "1") return null;
  const fix = `If this really is a development database, run with ${SEED_OVERRIDE}=1.`;
  if (env.NODE_ENV === "production") return `Refusing to seed demo data with NODE_ENV=production. ${fix}`;
  let host: string;
  try {
    host = new URL(env.DATABASE_URL ?? "").hostname;
  } catch {
    return "Refusing to seed: DATABASE_URL is not a URL.";
  }
  return isLoopback(host) ? null : `Refusing to seed demo data into a database on another host (${host}). ${fix}`;
}
