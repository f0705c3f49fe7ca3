import "server-only";
import { env } from "@/lib/env";

/** A request's client address, for rate limits (see addressFrom). */
export function clientIp(headers: Headers): string {
  return addressFrom(headers.get("x-forwarded-for"), env.TRUSTED_PROXY_HOPS);
}

/**
 * Reads X-Forwarded-For from the right. The right-most entry is this instance's socket peer,
 * appended by the server itself (lib/socket-peer.ts); each trusted proxy put the address it saw
 * to the left of that. So with N trusted hops the client is the entry N places left of the end;
 * anything further left was written by the client and is ignored. A shorter chain (a request
 * that bypassed the proxies) yields its left-most entry, the furthest address known.
 */
export function addressFrom(forwardedFor: string | null, trustedHops: number): string {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const address = chain.at(-1 - trustedHops) ?? chain[0];
  // One bucket per address however it is spelled: IPv4 as seen by a dual-stack socket, IPv6 case.
  return address ? address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "").toLowerCase() : "unknown";
}
