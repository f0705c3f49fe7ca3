import { describe, expect, it } from "vitest";
import { signedInArea } from "@/lib/auth/areas";

describe("signedInArea (the proxy's pre-check, from the same gate definitions as the guards)", () => {
  it("names the signed-in area of a page path, and only whole path segments", () => {
    expect(signedInArea("/mypage")?.prefix).toBe("/mypage");
    expect(signedInArea("/studio/followers")?.prefix).toBe("/studio");
    expect(signedInArea("/admin/coupon-events/3")?.prefix).toBe("/admin");
    for (const open of ["/", "/products/1", "/studios", "/administer", "/login"]) expect(signedInArea(open)).toBeUndefined();
  });

  it("pre-judges the token's claims: /admin for marketers, /studio for owners, /mypage for anyone", () => {
    const shopper = { role: "USER", atelierId: null };
    expect(signedInArea("/mypage")!.admits(shopper)).toBe(true);
    expect(signedInArea("/studio")!.admits(shopper)).toBe(false);
    expect(signedInArea("/studio")!.admits({ role: "USER", atelierId: 7 })).toBe(true);
    expect(signedInArea("/admin")!.admits(shopper)).toBe(false);
    expect(signedInArea("/admin")!.admits({ role: "MARKETER", atelierId: null })).toBe(true);
  });
});
