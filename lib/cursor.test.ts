import { describe, expect, it } from "vitest";
import { cursorParam, pageOf } from "@/lib/cursor";

const rows = [1, 2, 3].map((n) => ({ n, at: new Date(Date.UTC(2026, 10, 24, n)) }));
const positionOf = (r: (typeof rows)[number]) => ({ at: r.at, id: String(r.n) });

describe("a page from rows fetched one past the page size", () => {
  it("shows `take` items and points the cursor at the last one shown when more follow", () => {
    const page = pageOf(rows, 2, (r) => r.n, positionOf);
    expect(page.items).toEqual([1, 2]);
    expect(cursorParam.parse(page.nextCursor)).toEqual({ at: rows[1]!.at, id: "2" });
  });

  it("has no cursor when nothing follows, or when the last row has no position", () => {
    expect(pageOf(rows, 3, (r) => r.n, positionOf)).toEqual({ items: [1, 2, 3], nextCursor: null });
    expect(pageOf(rows, 2, (r) => r.n, () => null).nextCursor).toBeNull();
  });
});
