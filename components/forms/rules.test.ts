import { afterEach, describe, expect, it, vi } from "vitest";

describe("form rules fetched on demand", () => {
  afterEach(() => {
    vi.doUnmock("@/lib/validation/auth");
    vi.resetModules();
  });

  it("hands a form the schemas the route handlers use", async () => {
    const { authRules } = await import("@/components/forms/auth-rules");
    const auth = await import("@/lib/validation/auth");
    const loaded = await authRules();
    expect(loaded.ok && loaded.rules.signupFormSchema).toBe(auth.signupFormSchema);
  });

  it("says the connection failed when they cannot be fetched", async () => {
    vi.doMock("@/lib/validation/auth", () => {
      throw new Error("Failed to load chunk");
    });
    const { authRules } = await import("@/components/forms/auth-rules");
    expect(await authRules()).toEqual({ ok: false, message: "인터넷 연결을 확인해 주세요." });
  });
});
