import { describe, expect, it } from "vitest";
import { isPublicPage } from "@/lib/page-cache/public-pages";

describe("isPublicPage", () => {
  it.each(["/", "/ateliers", "/ateliers/3", "/products/67", "/categories/ceramics", "/events", "/events/1", "/search", "/terms", "/privacy", "/nope", "/mypage-like"])(
    "serves %s from cache",
    (path) => expect(isPublicPage(path)).toBe(true),
  );

  it.each(["/mypage", "/mypage/account", "/login", "/signup", "/signup/check-email", "/studio/followers", "/admin/coupon-events", "/verify-email", "/forgot-password", "/reset-password", "/forbidden", "/signup/kakao", "/unsubscribe", "/cart", "/checkout", "/checkout/success", "/checkout/fail"])(
    "renders %s per request",
    (path) => expect(isPublicPage(path)).toBe(false),
  );
});
