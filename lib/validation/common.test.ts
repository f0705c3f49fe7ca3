import { describe, expect, it } from "vitest";
import { parseId } from "@/lib/validation/common";

describe("parseId", () => {
  it("reads a positive 32-bit id and nothing else", () => {
    expect(parseId("1")).toBe(1);
    expect(parseId("2147483647")).toBe(2_147_483_647);
    for (const raw of ["", "0", "01", "-1", "abc", "1e3", "1.5", " 1", "2147483648", "99999999999"]) expect(parseId(raw)).toBeNull();
  });
});
