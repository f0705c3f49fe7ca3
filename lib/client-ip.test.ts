import { describe, expect, it } from "vitest";
import { addressFrom } from "@/lib/client-ip";

// X-Forwarded-For as the app sees it: the server itself appends its socket peer (lib/socket-peer.ts)
// to whatever arrived, so the last entry is always the true peer.
describe("addressFrom", () => {
  it.each([
    // 0 hops: clients connect directly; whatever they write is ignored.
    ["203.0.113.9", 0, "203.0.113.9"],
    ["1.1.1.1, 203.0.113.9", 0, "203.0.113.9"],
    ["1.1.1.1, 2.2.2.2, 203.0.113.9", 0, "203.0.113.9"],
    // 1 hop (a load balancer at 10.0.0.2 appended the client it saw): one entry left of the peer.
    ["203.0.113.9, 10.0.0.2", 1, "203.0.113.9"],
    ["1.1.1.1, 203.0.113.9, 10.0.0.2", 1, "203.0.113.9"],
    ["1.1.1.1,2.2.2.2 ,203.0.113.9,10.0.0.2", 1, "203.0.113.9"],
    // 2 hops (CDN 198.51.100.4 → balancer 10.0.0.2 → app): the address the CDN saw.
    ["203.0.113.9, 198.51.100.4, 10.0.0.2", 2, "203.0.113.9"],
    ["1.1.1.1, 9.9.9.9, 203.0.113.9, 198.51.100.4, 10.0.0.2", 2, "203.0.113.9"],
    // A chain shorter than the trusted hops (a request that bypassed the proxies): the furthest entry.
    ["10.0.0.2", 1, "10.0.0.2"],
    ["198.51.100.4, 10.0.0.2", 2, "198.51.100.4"],
    // One spelling per address.
    ["::ffff:127.0.0.1", 0, "127.0.0.1"],
    ["2001:DB8::1, ::ffff:10.0.0.2", 1, "2001:db8::1"],
  ])("%j with %i trusted hops is %j", (header, hops, expected) => {
    expect(addressFrom(header, hops)).toBe(expected);
  });

  it("knows no address without the header (outside the server: scripts, tests)", () => {
    expect(addressFrom(null, 0)).toBe("unknown");
    expect(addressFrom(" , ", 1)).toBe("unknown");
  });

  it("gives different clients behind the same two proxies different addresses", () => {
    const seen = ["203.0.113.9", "203.0.113.10"].map((client) => addressFrom(`${client}, 198.51.100.4, 10.0.0.2`, 2));
    expect(new Set(seen).size).toBe(2);
  });
});
