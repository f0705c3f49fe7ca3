// Headers and cookies a browser gets from the shop (over plain http here; https is covered by
// faults.test.ts, which runs an instance that believes it is behind https).
import { describe, expect, it } from "vitest";
import { AppClient } from "../support/client";
import { clearRateLimits } from "../support/data";
import { DEMO_PASSWORD } from "../support/env";

const app = process.env.APP_URL!;

describe("security headers", () => {
  // Public pages' hash-based policy: page-cache.test.ts.
  it("pages rendered per request carry a nonce CSP that allows no inline script, and refuse framing", async () => {
    const response = await fetch(`${app}/login`);
    const csp = response.headers.get("content-security-policy")!;
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src"))!;
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1];
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(scriptSrc).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get("cache-control")).toMatch(/private|no-store/);
    expect(csp).toContain("object-src 'none'");
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((tag) => tag.includes(`nonce="${nonce}"`))).toBe(true);
    // A fresh nonce per request.
    const again = (await fetch(`${app}/login`)).headers.get("content-security-policy")!;
    expect(again).not.toContain(nonce);
  });

  it("every response says nosniff, a referrer policy and no framing; HSTS only over https", async () => {
    for (const path of ["/", "/api/health", "/images/og-default.svg", "/api/nope"]) {
      const response = await fetch(`${app}${path}`);
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
      expect(response.headers.get("strict-transport-security"), path).toBeNull();
      expect(response.headers.get("x-powered-by"), path).toBeNull();
    }
  });

  it("the session cookie is HttpOnly and SameSite=Lax (Secure is added over https)", async () => {
    await clearRateLimits();
    const client = new AppClient();
    const csrfToken = await client.csrfToken();
    const response = await client.request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email: "shopper12@example.com", password: DEMO_PASSWORD, callbackUrl: "/" }).toString(),
    });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token="))!;
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//i);
  });

  it("errors never show internals", async () => {
    for (const [method, path] of [["GET", "/api/coupon-events/1e400"], ["POST", "/api/coupon-events/2147483647/claim"], ["GET", "/api/me/likes?cursor=%E0%A4%A"]] as const) {
      const text = await (await fetch(`${app}${path}`, { method })).text();
      expect(text).not.toMatch(/prisma|node_modules|at \w+ \(|stack/i);
    }
  });
});
