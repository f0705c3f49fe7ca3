/**
 * Each member's own client address, as a CDN in front of the balancer would report it (the
 * bench starts the app with TRUSTED_PROXY_HOPS=2): thousands of shoppers are thousands of
 * addresses, not one loopback address meeting the per-address claim limit. 198.18.0.0/15 is the
 * range set aside for benchmarks (RFC 2544); nothing is sent there.
 */
export function memberAddress(member: number): string {
  return `198.${18 + ((member >> 16) & 1)}.${(member >> 8) & 255}.${member & 255}`;
}
