import { describe, expect, it } from "vitest";
import { createMemo } from "@/lib/page-cache/memo";

function setup(keep: (value: string) => boolean = () => true) {
  let clock = 0;
  const loads: string[] = [];
  const pending: Array<(value: string) => void> = [];
  const memo = createMemo<string>({
    load: (key) => {
      loads.push(key);
      return new Promise((resolve) => pending.push(resolve));
    },
    keep,
    freshMs: 1_000,
    staleMs: 10_000,
    maxEntries: 2,
    now: () => clock,
  });
  const settle = async (value: string) => {
    pending.shift()!(value);
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { memo, loads, settle, advance: (ms: number) => (clock += ms) };
}

describe("createMemo", () => {
  it("loads a key once for everyone who asks at the same time, then answers from memory while fresh", async () => {
    const { memo, loads, settle } = setup();
    const crowd = Promise.all([memo.get("/a"), memo.get("/a"), memo.get("/a")]);
    await settle("A1");
    expect(await crowd).toEqual(["A1", "A1", "A1"]);
    expect(await memo.get("/a")).toBe("A1");
    expect(loads).toEqual(["/a"]);
  });

  it("serves a stale value while one refresh runs, then the refreshed one", async () => {
    const { memo, loads, settle, advance } = setup();
    const first = memo.get("/a");
    await settle("A1");
    await first;
    advance(1_500);
    expect(await memo.get("/a")).toBe("A1");
    expect(await memo.get("/a")).toBe("A1");
    expect(loads).toEqual(["/a", "/a"]);
    await settle("A2");
    expect(await memo.get("/a")).toBe("A2");
  });

  it("waits for a fresh load once a value is too old to serve", async () => {
    const { memo, settle, advance } = setup();
    const first = memo.get("/a");
    await settle("A1");
    await first;
    advance(11_001);
    const next = memo.get("/a");
    await settle("A2");
    expect(await next).toBe("A2");
  });

  it("answers a value it may not keep, and loads again next time", async () => {
    const { memo, loads, settle } = setup((value) => !value.startsWith("error"));
    const first = memo.get("/a");
    await settle("error 500");
    expect(await first).toBe("error 500");
    const second = memo.get("/a");
    await settle("A1");
    expect(await second).toBe("A1");
    expect(loads).toEqual(["/a", "/a"]);
  });

  it("drops the least recently used key beyond its size", async () => {
    const { memo, loads, settle } = setup();
    for (const key of ["/a", "/b"]) {
      const value = memo.get(key);
      await settle(key);
      await value;
    }
    await memo.get("/a");
    const c = memo.get("/c");
    await settle("/c");
    await c;
    expect(memo.size()).toBe(2);
    await memo.get("/a");
    const b = memo.get("/b");
    await settle("/b again");
    expect(await b).toBe("/b again");
    expect(loads).toEqual(["/a", "/b", "/c", "/b"]);
  });
});
