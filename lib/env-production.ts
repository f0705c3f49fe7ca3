import "server-only";
import { BlockList, isIP } from "node:net";
import { coversLegalHours, parseQuietHours } from "@/lib/mail/quiet-hours";

/**
 * What a production server refuses to start with: values that are safe on a developer's
 * machine and a disaster anywhere else. They are checked when the server starts
 * (instrumentation.ts), not during `next build`, which runs with NODE_ENV=production and
 * placeholders (Dockerfile, scripts/test/app.ts).
 */

/** Secrets published in this repository: anyone could mint a session cookie with them. */
const PLACEHOLDER_SECRETS = new Set([
  "local-development-secret-do-not-use-in-production", // scripts/lib/local-env.ts (dev)
  "build-time-placeholder-secret-not-used-at-runtime", // Dockerfile (build stage)
]);

/** Vendor base URLs that the local stand-ins replace (scripts/lib/stand-ins.ts). */
const SERVICE_URLS = ["AUTH_KAKAO_BASE_URL", "RESEND_BASE_URL", "UPSTASH_REDIS_REST_URL", "TOSS_API_URL", "TOSS_SDK_URL"] as const;

const PRIVATE_NETWORKS = new BlockList();
for (const [net, bits] of [["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12], ["192.168.0.0", 16]] as const) {
  PRIVATE_NETWORKS.addSubnet(net, bits, "ipv4");
}
for (const [net, bits] of [["::", 127], ["fc00::", 7], ["fe80::", 10]] as const) PRIVATE_NETWORKS.addSubnet(net, bits, "ipv6");

/** Loopback, private or link-local by its literal form (a public name resolving to one is not caught). */
function isLocalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  const family = isIP(host);
  return family !== 0 && PRIVATE_NETWORKS.check(host, family === 4 ? "ipv4" : "ipv6");
}

type Refusal = { name: string; message: string };

/**
 * Why a production start must not go ahead, one entry per variable. `ALLOW_LOCAL_SERVICES=1`
 * is a deployment's permission (a self-hosted Redis gateway on the private network, a production
 * build run against the local stand-ins) to use http and private hosts; it never allows a
 * published secret.
 */
export function productionRefusals(source: NodeJS.ProcessEnv): Refusal[] {
  if (source.NODE_ENV !== "production" || source.NEXT_PHASE === "phase-production-build") return [];
  const refusals: Refusal[] = [];
  if (PLACEHOLDER_SECRETS.has(source.AUTH_SECRET ?? "")) {
    refusals.push({ name: "AUTH_SECRET", message: "is a placeholder published in this repository; set your own (openssl rand -base64 32)" });
  }
  // Holding advertising at night is the law; only an outbox that delivers to nobody may skip it.
  const quiet = parseQuietHours(source.ADVERTISING_QUIET_HOURS ?? "on");
  if ((quiet === null || (quiet && !coversLegalHours(quiet))) && !(source.RESEND_BASE_URL && isLocalHost(new URL(source.RESEND_BASE_URL).hostname))) {
    refusals.push({ name: "ADVERTISING_QUIET_HOURS", message: "may be off or miss some of 21–08 only while mail goes to a local outbox (RESEND_BASE_URL)" });
  }
  if (source.ALLOW_LOCAL_SERVICES === "1") return refusals;
  const allow = "(ALLOW_LOCAL_SERVICES=1 allows it)";
  if (source.AUTH_URL && new URL(source.AUTH_URL).protocol !== "https:") {
    refusals.push({ name: "AUTH_URL", message: `must be https in production ${allow}` });
  }
  for (const name of SERVICE_URLS) {
    const value = source[name];
    if (!value) continue;
    const url = new URL(value);
    if (url.protocol !== "https:") refusals.push({ name, message: `must be https in production ${allow}` });
    else if (isLocalHost(url.hostname)) refusals.push({ name, message: `points at a local or private host (${url.hostname}) ${allow}` });
  }
  return refusals;
}
