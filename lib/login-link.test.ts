import { describe, expect, it } from "vitest";
import { loginHref } from "@/lib/login-link";

describe("loginHref", () => {
  it("keeps the return address, says why, and leaves out the home page", () => {
    expect(loginHref("/products/12", "like")).toBe("/login?callbackUrl=%2Fproducts%2F12&reason=like");
    expect(loginHref("/products/12?x=1", "verified")).toBe("/login?callbackUrl=%2Fproducts%2F12%3Fx%3D1&verified=1");
    expect(loginHref("/", "verified")).toBe("/login?verified=1");
    expect(loginHref("/")).toBe("/login");
  });
});
