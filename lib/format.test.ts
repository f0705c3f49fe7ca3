import { describe, expect, it } from "vitest";
import { formatDateTime, formatWon } from "@/lib/format";

describe("dates and prices as a Korean shop writes them", () => {
  it("writes the hour after midnight KST as 00, never 24 (an event opening at 00:09 read as 24:09, after its 02:09 close)", () => {
    expect(formatDateTime(new Date("2026-12-04T15:09:00Z"))).toBe("12월 5일 (토) 00:09");
    expect(formatDateTime(new Date("2026-11-24T05:00:00Z"))).toBe("11월 24일 (화) 14:00");
  });

  it("writes prices in 원 with thousands separators", () => {
    expect(formatWon(32000)).toBe("32,000원");
  });
});
