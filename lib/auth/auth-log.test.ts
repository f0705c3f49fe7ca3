// Auth.js's error log as a minified production build runs it: class names are mangled there.
import { afterEach, describe, expect, it, vi } from "vitest";
// next-auth re-exports these from Auth.js's core (next-auth itself needs Next.js to load).
import { AuthError, CredentialsSignin } from "@auth/core/errors";
import { logAuthError } from "@/lib/auth/auth-log";

afterEach(() => vi.restoreAllMocks());

describe("logAuthError", () => {
  it("says nothing about a refused login, even when minifying renamed its class", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    // What a minifier makes of `class LoginError extends CredentialsSignin`.
    const o = class extends CredentialsSignin {};
    Object.defineProperty(o, "name", { value: "o" });
    const refused = new o();
    expect(refused.name).toBe("o");
    logAuthError(refused);
    logAuthError(new CredentialsSignin());
    expect(warn).not.toHaveBeenCalled();
  });

  it("logs other Auth.js errors in one line named by their type", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    // As Auth.js declares its errors (InvalidCheck, OAuthCallbackError …), renamed by a minifier.
    const b = class extends AuthError {
      static type = "InvalidCheck";
    };
    Object.defineProperty(b, "name", { value: "b" });
    logAuthError(new b("state value could not be parsed"));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/^\[auth\] InvalidCheck: state value could not be parsed/);
  });
});
