// The viewer store's request discipline: one request per page view with every id registered,
// late ids batched, answers of an earlier view or older than a toggle's own answer ignored.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ViewerStore } from "@/components/viewer/viewer-store";
import type { ViewerQuery, ViewerState } from "@/lib/member-state";

const shopper = { nickname: "도예가", isMarketer: false, atelierId: null };
const signedOut: ViewerState = { member: null, likedProductIds: [], followedAtelierIds: [], coupons: [], reminderEventIds: [], cartCount: 0, unreadNotifications: 0 };

/** A fake endpoint: records each query and answers when the test says so. */
function endpoint() {
  const calls: { query: ViewerQuery; answer: (state: ViewerState | null) => void }[] = [];
  const fetchViewer = (query: ViewerQuery) => new Promise<ViewerState | null>((answer) => calls.push({ query, answer }));
  return { calls, fetchViewer };
}

/** Lets the store's timers and the answered promises run. */
const settle = (ms = 0) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("ViewerStore", () => {
  it("asks once for everything a page registered, then answers each id", async () => {
    const api = endpoint();
    const store = new ViewerStore(api.fetchViewer);
    store.register("like", 1);
    store.register("like", 2);
    store.register("follow", 3);
    store.register("coupon", 4);
    store.startView();
    await settle();
    expect(api.calls.map((c) => c.query)).toEqual([{ products: [1, 2], ateliers: [3], events: [4] }]);
    expect(store.toggle("like", 1)).toBeUndefined();
    expect(store.member()).toEqual({ member: undefined, current: false, cartCount: 0 });

    api.calls[0]!.answer({ member: shopper, likedProductIds: [2], followedAtelierIds: [3], coupons: [{ eventId: 4, seq: 7, expiresAt: "2030-01-01T00:00:00.000Z" }], reminderEventIds: [], cartCount: 2, unreadNotifications: 0 });
    await settle();
    expect(store.member()).toEqual({ member: shopper, current: true, cartCount: 2 });
    store.recordCart(3);
    expect(store.member()).toEqual({ member: shopper, current: true, cartCount: 3 });
    expect(store.toggle("like", 1)).toEqual({ on: false });
    expect(store.toggle("like", 2)).toEqual({ on: true });
    expect(store.toggle("follow", 3)).toEqual({ on: true });
    expect(store.coupon(4)).toEqual({ eventId: 4, seq: 7, expiresAt: "2030-01-01T00:00:00.000Z" });
  });

  it("keeps the unread notification count of every answer, and the notifications page's own", async () => {
    const api = endpoint();
    const store = new ViewerStore(api.fetchViewer);
    expect(store.unread()).toBe(0);
    store.startView();
    await settle();
    api.calls[0]!.answer({ ...signedOut, member: shopper, unreadNotifications: 3 });
    await settle();
    expect(store.unread()).toBe(3);
    store.setUnread(0);
    expect(store.unread()).toBe(0);
    store.startView();
    await settle();
    api.calls[1]!.answer({ ...signedOut, member: shopper, unreadNotifications: 1 });
    await settle();
    expect(store.unread()).toBe(1);
  });

  it("keeps the notifications page's count over an answer asked before it (the page view's own request)", async () => {
    const api = endpoint();
    const store = new ViewerStore(api.fetchViewer);
    store.startView();
    await settle();
    store.setUnread(0); // marked read while the view's request is on the way
    api.calls[0]!.answer({ ...signedOut, member: shopper, unreadNotifications: 2 });
    await settle();
    expect(store.unread()).toBe(0);
  });

  it("asks for an event's coupon and 오픈 알림 with the event's id once, and answers both", async () => {
    const api = endpoint();
    const store = new ViewerStore(api.fetchViewer);
    store.register("coupon", 4);
    store.register("reminder", 4);
    store.register("reminder", 5);
    store.startView();
    await settle();
    expect(api.calls.map((c) => c.query)).toEqual([{ products: [], ateliers: [], events: [4, 5] }]);
    api.calls[0]!.answer({ member: shopper, likedProductIds: [], followedAtelierIds: [], coupons: [], reminderEventIds: [5], cartCount: 0, unreadNotifications: 0 });
    await settle();
    expect(store.coupon(4)).toBeNull();
    expect(store.toggle("reminder", 4)).toEqual({ on: false });
    expect(store.toggle("reminder", 5)).toEqual({ on: true });
  });

  it("asks for the member even when the page registered nothing", async () => {
    const api = endpoint();
    const store = new ViewerStore(api.fetchViewer);
    store.startView();
    await settle();
    expect(api.calls.map((c) => c.query)).toEqual([{ products: [], ateliers: [], events: [] }]);
  });

  it("holds ids registered while the first answer is on the way, then sends them in one batch", async () => {
    const api = endpoint();
    const store = new ViewerStore(api.fetchViewer);
    store.register("like", 1);
    store.startView();
    await settle();
    store.register("like", 5);
    store.register("like", 6);
    await settle();
    expect(api.calls).toHaveLength(1);
    api.calls[0]!.answer({ member: shopper, likedProductIds: [1], followedAtelierIds: [], coupons: [], reminderEventIds: [], cartCount: 0, unreadNotifications: 0 });
    await settle();
    expect(api.calls.map((c) => c.query)).toEqual([
      { products: [1], ateliers: [], events: [] },
      { products: [5, 6], ateliers: [], events: [] },
    ]);
    expect(store.toggle("like", 5)).toBeUndefined();
    api.calls[1]!.answer({ member: shopper, likedProductIds: [6], followedAtelierIds: [], coupons: [], reminderEventIds: [], cartCount: 0, unreadNotifications: 0 });
    await settle();
    expect(store.toggle("like", 5)).toEqual({ on: false });
    expect(store.toggle("like", 6)).toEqual({ on: true });
  });

  it("answers later ids itself once it knows the visitor is signed out", async () => {
    const api = endpoint();
    const store = new ViewerStore(api.fetchViewer);
    store.register("like", 1);
    store.startView();
    await settle();
    api.calls[0]!.answer(signedOut);
    await settle();
    store.register("follow", 9);
    store.register("coupon", 2);
    await settle();
    expect(api.calls).toHaveLength(1);
    expect(store.toggle("follow", 9)).toEqual({ on: false });
    expect(store.coupon(2)).toBeNull();
  });

  it("starts over on a new page view and ignores the earlier view's answer", async () => {
    const api = endpoint();
    const store = new ViewerStore(api.fetchViewer);
    const unregister = store.register("like", 1);
    store.startView();
    await settle();
    unregister();
    store.register("like", 2);
    store.startView();
    await settle();
    expect(api.calls.map((c) => c.query.products)).toEqual([[1], [2]]);
    api.calls[0]!.answer({ member: shopper, likedProductIds: [1], followedAtelierIds: [], coupons: [], reminderEventIds: [], cartCount: 0, unreadNotifications: 0 });
    await settle();
    expect(store.member().current).toBe(false);
    expect(store.toggle("like", 1)).toBeUndefined();
    api.calls[1]!.answer(signedOut);
    await settle();
    expect(store.member()).toEqual({ member: null, current: true, cartCount: 0 });
    expect(store.toggle("like", 2)).toEqual({ on: false });
  });

  it("keeps a toggle's own answer over a viewer answer to a request sent before it", async () => {
    const api = endpoint();
    const store = new ViewerStore(api.fetchViewer);
    store.register("like", 1);
    store.startView();
    await settle();
    api.calls[0]!.answer({ member: shopper, likedProductIds: [], followedAtelierIds: [], coupons: [], reminderEventIds: [], cartCount: 0, unreadNotifications: 0 });
    await settle();
    store.register("like", 2);
    await settle();
    store.record("like", 2, { on: true, count: 11 });
    api.calls[1]!.answer({ member: shopper, likedProductIds: [], followedAtelierIds: [], coupons: [], reminderEventIds: [], cartCount: 0, unreadNotifications: 0 });
    await settle();
    expect(store.toggle("like", 2)).toEqual({ on: true, count: 11 });
  });

  it("starts over when the answer names someone else (logged out in another tab)", async () => {
    const api = endpoint();
    const store = new ViewerStore(api.fetchViewer);
    store.register("like", 1);
    store.startView();
    await settle();
    api.calls[0]!.answer({ member: shopper, likedProductIds: [1], followedAtelierIds: [], coupons: [], reminderEventIds: [], cartCount: 0, unreadNotifications: 0 });
    await settle();
    store.register("like", 2);
    await settle();
    api.calls[1]!.answer(signedOut);
    await settle();
    expect(store.toggle("like", 1)).toBeUndefined();
    expect(api.calls[2]!.query.products).toEqual([1, 2]);
  });

  it("retries a failed request with a growing delay", async () => {
    const api = endpoint();
    const store = new ViewerStore(api.fetchViewer);
    store.register("follow", 3);
    store.startView();
    await settle();
    api.calls[0]!.answer(null);
    await settle(999);
    expect(api.calls).toHaveLength(1);
    await settle(1);
    expect(api.calls).toHaveLength(2);
    api.calls[1]!.answer(null);
    await settle(1_999);
    expect(api.calls).toHaveLength(2);
    await settle(1);
    expect(api.calls.map((c) => c.query.ateliers)).toEqual([[3], [3], [3]]);
  });

  it("asks for at most 200 ids of a kind at once", async () => {
    const api = endpoint();
    const store = new ViewerStore(api.fetchViewer);
    for (let id = 1; id <= 250; id++) store.register("like", id);
    store.startView();
    await settle();
    expect(api.calls[0]!.query.products).toHaveLength(200);
    api.calls[0]!.answer({ member: shopper, likedProductIds: [], followedAtelierIds: [], coupons: [], reminderEventIds: [], cartCount: 0, unreadNotifications: 0 });
    await settle();
    expect(api.calls[1]!.query.products).toEqual(Array.from({ length: 50 }, (_, i) => 201 + i));
  });

  it("tells subscribers when something changed", async () => {
    const api = endpoint();
    const store = new ViewerStore(api.fetchViewer);
    const listener = vi.fn();
    store.subscribe(listener);
    store.register("like", 1);
    store.startView();
    await settle();
    listener.mockClear();
    api.calls[0]!.answer(signedOut);
    await settle();
    expect(listener).toHaveBeenCalled();
  });
});
