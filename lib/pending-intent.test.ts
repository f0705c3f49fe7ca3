import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { savePendingIntent, takePendingCartAdd, takePendingIntent } from "@/lib/pending-intent";

const TOGGLE_KINDS = ["like", "follow"] as const;

/** The browser's localStorage, as far as the module uses it. */
function fakeLocalStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, String(v)),
    removeItem: (k) => void items.delete(k),
    clear: () => items.clear(),
  };
}

describe("pending intent (the click that sent a visitor to log in)", () => {
  beforeEach(() => vi.stubGlobal("localStorage", fakeLocalStorage()));
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("completes once, on the page it was made on", () => {
    savePendingIntent("like:12", "/products/12");
    expect(takePendingIntent("/products/12", TOGGLE_KINDS)).toBe("like:12");
    expect(takePendingIntent("/products/12", TOGGLE_KINDS)).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it("waits on another page, so a detour through /login or /signup keeps it", () => {
    savePendingIntent("follow:3", "/ateliers/3");
    expect(takePendingIntent("/login", TOGGLE_KINDS)).toBeNull();
    expect(takePendingIntent("/ateliers/4", TOGGLE_KINDS)).toBeNull();
    expect(takePendingIntent("/ateliers/3", TOGGLE_KINDS)).toBe("follow:3");
  });

  it("goes only to a taker of its kind: the event page's claim is not the toggles', and stays for it", () => {
    savePendingIntent("claim:7", "/events/7");
    expect(takePendingIntent("/events/7", TOGGLE_KINDS)).toBeNull();
    expect(takePendingIntent("/events/7", ["claim"])).toBe("claim:7");
    expect(takePendingIntent("/events/7", ["claim"])).toBeNull();
  });

  it("a 장바구니 담기 keeps how many pieces, for the product page's buy box only", () => {
    savePendingIntent("cart:12", "/products/12", 3);
    expect(takePendingIntent("/products/12", TOGGLE_KINDS)).toBeNull();
    expect(takePendingCartAdd("/products/13")).toBeNull();
    expect(takePendingCartAdd("/products/12")).toEqual({ productId: 12, quantity: 3 });
    expect(takePendingCartAdd("/products/12")).toBeNull();
    savePendingIntent("cart:12", "/products/12");
    expect(takePendingCartAdd("/products/12")).toEqual({ productId: 12, quantity: 1 });
  });

  it("lasts a mail round trip (29 minutes), expires after 30 minutes and is then dropped", () => {
    vi.useFakeTimers();
    savePendingIntent("like:12", "/products/12");
    vi.advanceTimersByTime(29 * 60 * 1000);
    expect(takePendingIntent("/products/99", TOGGLE_KINDS)).toBeNull();
    expect(localStorage.length).toBe(1);
    vi.advanceTimersByTime(60 * 1000);
    expect(takePendingIntent("/products/12", TOGGLE_KINDS)).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it("drops anything it did not write in its own shape", () => {
    for (const raw of [
      "like:12",
      "{",
      JSON.stringify({ intent: "delete:1", path: "/", expiresAt: Date.now() + 60_000 }),
      JSON.stringify({ intent: "like:1", path: "/" }),
      JSON.stringify({ intent: "cart:1", path: "/", expiresAt: Date.now() + 60_000, quantity: 0 }),
      JSON.stringify({ intent: "cart:1", path: "/", expiresAt: Date.now() + 60_000, quantity: "2" }),
    ]) {
      localStorage.setItem("comegongbang:pending-intent", raw);
      expect(takePendingIntent("/", [...TOGGLE_KINDS, "cart"]), raw).toBeNull();
      expect(localStorage.length, raw).toBe(0);
    }
  });
});
