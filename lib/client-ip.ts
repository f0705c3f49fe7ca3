import "server-only";

/**
 * The client's address as the nearest proxy saw it: the right-most X-Forwarded-For entry
 * (a load balancer appends the peer it saw; entries to the left are client-supplied and
 * spoofable). Next.js fills the header from the socket when there is no proxy.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || "unknown";
}
