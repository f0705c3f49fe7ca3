import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/callback-url";

describe("safeCallbackUrl", () => {
  it.each([
    ["/products/1?x=1#top", "/products/1?x=1#top"],
    ["/mypage/likes", "/mypage/likes"],
    ["/search?q=%EB%8F%84%EC%9E%90%EA%B8%B0", "/search?q=%EB%8F%84%EC%9E%90%EA%B8%B0"],
    ["/a/../products/1", "/products/1"],
    ["/events/3?next=//evil.example", "/events/3?next=//evil.example"],
  ])("keeps the same-origin path %j as %j", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });

  it.each([
    // Normalised by the URL parser into a protocol-relative "//evil.example" (the reported bypasses).
    "/.//evil.example/p",
    "/a/..//evil.example",
    "/%2e//evil.example",
    "/%2E%2E//evil.example",
    "/./\\evil.example",
    // Protocol-relative and backslash tricks, raw and encoded.
    "//evil.example/x",
    "/\\evil.example",
    "\\\\evil.example",
    "/%5Cevil.example",
    "/%5C%5Cevil.example",
    "%5C%5Cevil.example",
    "/%2f%2fevil.example",
    "/%2F/evil.example",
    // Characters the URL parser drops or that split a header.
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/%0d%0aSet-Cookie:x=1",
    "/%09/evil.example",
    "/%00",
    // Other schemes and absolute URLs.
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "https://evil.example",
    "http://localhost:3000/mypage",
    "evil.example",
    // Malformed escapes, API routes (a GET to sign-out), and non-strings.
    "/%E0%A4%A",
    "/api/auth/signout",
    "/%61pi/auth/signout",
    "",
    "/".repeat(2_001),
    42,
    undefined,
    null,
    ["/a"],
  ])("drops %j", (input) => {
    expect(safeCallbackUrl(input)).toBe("/");
  });

  it("returns the fallback it is given", () => {
    expect(safeCallbackUrl("//evil.example", "/mypage")).toBe("/mypage");
  });
});
