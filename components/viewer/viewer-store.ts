// The viewer's own state on a cached public page: who is looking, and their 찜, follows,
// coupons and 오픈 알림 among what the page shows. Parts of the page register the ids they need when they
// mount; the store asks GET /api/me/viewer for all of them in one request per page view, and for
// late arrivals (a "더 보기" list) in one more batch. Plain TypeScript with a subscribe/snapshot
// pair for React's useSyncExternalStore (components/viewer/viewer.tsx).
import type { HeldCoupon, ViewerMember, ViewerQuery, ViewerState } from "@/lib/member-state";

/** What a part of the page asks about: 찜 of a product, following an atelier, an event's coupon or 오픈 알림. */
export type Subject = "like" | "follow" | "coupon" | "reminder";

/** The subjects that are on/off toggles (a coupon is held, not toggled). */
export type ToggleSubject = Exclude<Subject, "coupon">;

/** A toggle as the server last said it; `count` once a toggle's own answer carried the exact one. */
export type ToggleEntry = { readonly on: boolean; readonly count?: number };

/**
 * Who is looking: the last answer's member, whether it answered this page view already, and the
 * lines in their 장바구니 (the last answer's, or what the cart itself said since).
 */
type MemberView = { readonly member: ViewerMember | null | undefined; readonly current: boolean; readonly cartCount: number };

/** Sends one viewer request; null when it failed (network, 5xx): the store retries. */
type FetchViewer = (query: ViewerQuery) => Promise<ViewerState | null>;

type Key = `${Subject}:${number}`;

const PARAM = { like: "products", follow: "ateliers", coupon: "events", reminder: "events" } as const satisfies Record<Subject, keyof ViewerQuery>;
/** The endpoint's limit per list (lib/member-state.ts VIEWER_MAX_IDS). */
const MAX_PER_LIST = 200;
const RETRY_FIRST_MS = 1_000;
const RETRY_MAX_MS = 30_000;

const keyOf = (subject: Subject, id: number): Key => `${subject}:${id}`;
const splitKey = (key: Key) => key.split(":") as [Subject, string];

export class ViewerStore {
  private readonly registered = new Map<Key, number>();
  private readonly toggles = new Map<Key, ToggleEntry>();
  private readonly coupons = new Map<Key, HeldCoupon | null>();
  private readonly inFlight = new Set<Key>();
  /** When each key was last written by a toggle's own answer, on `clock`. */
  private readonly written = new Map<Key, number>();
  private readonly listeners = new Set<() => void>();
  private memberView: MemberView = { member: undefined, current: false, cartCount: 0 };
  /** 마이페이지 알림 not yet read, as the last answer (or the notifications page) said. */
  private unreadNotifications = 0;
  /** When the notifications page last set the count, on `clock`: an answer asked before it is older. */
  private unreadWritten = 0;
  /** Bumped by every page view: answers to an earlier view's requests are dropped. */
  private view = 0;
  /** Orders requests and local writes: an answer never overwrites a write newer than its request. */
  private clock = 0;
  private asking = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryMs = RETRY_FIRST_MS;

  constructor(private readonly fetchViewer: FetchViewer) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  member = (): MemberView => this.memberView;

  unread = (): number => this.unreadNotifications;

  /** The notifications page marked them read: the header's badge follows without another request. */
  setUnread(count: number): void {
    this.unreadWritten = ++this.clock;
    this.unreadNotifications = count;
    this.emit();
  }

  /** undefined until this page view's answer covers the id. */
  toggle = (subject: ToggleSubject, id: number): ToggleEntry | undefined => this.toggles.get(keyOf(subject, id));

  /** The held coupon, null for none, undefined until this page view's answer covers the event. */
  coupon = (eventId: number): HeldCoupon | null | undefined => this.coupons.get(keyOf("coupon", eventId));

  /** A part of the page needs this id's state (until the returned function is called). */
  register(subject: Subject, id: number): () => void {
    const key = keyOf(subject, id);
    this.registered.set(key, (this.registered.get(key) ?? 0) + 1);
    if (!this.known(key) && !this.inFlight.has(key)) this.schedule(0);
    return () => {
      const left = (this.registered.get(key) ?? 1) - 1;
      if (left > 0) this.registered.set(key, left);
      else this.registered.delete(key);
    };
  }

  /** A toggle's own answer from the server: every part showing this id follows it. */
  record(subject: ToggleSubject, id: number, entry: ToggleEntry): void {
    const key = keyOf(subject, id);
    this.written.set(key, ++this.clock);
    this.toggles.set(key, entry);
    this.emit();
  }

  /** The cart's own answer (장바구니 담기, the cart page): the header's badge follows it. */
  recordCart(lines: number): void {
    this.memberView = { ...this.memberView, cartCount: lines };
    this.emit();
  }

  /**
   * A new page view (navigation, login): everything is asked again, since the member or their
   * state may have changed since. Toggles wait for the answer; the header keeps the last member.
   */
  startView(): void {
    this.view++;
    this.toggles.clear();
    this.coupons.clear();
    this.inFlight.clear();
    this.asking = false;
    this.retryMs = RETRY_FIRST_MS;
    this.memberView = { ...this.memberView, current: false };
    clearTimeout(this.timer);
    this.timer = undefined;
    this.emit();
    this.schedule(0);
  }

  private known(key: Key): boolean {
    return splitKey(key)[0] === "coupon" ? this.coupons.has(key) : this.toggles.has(key);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  /** Registrations made in one task (a render's effects) go out together. */
  private schedule(ms: number): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, ms);
  }

  private pending(): Key[] {
    return [...this.registered.keys()].filter((key) => !this.known(key) && !this.inFlight.has(key));
  }

  private async flush(): Promise<void> {
    const { member, current } = this.memberView;
    // One request per page view: ids that arrive while its first answer is on the way wait for it.
    if (!current && this.asking) return;
    const keys = this.pending();
    if (current && member === null) {
      // Signed out: nothing is theirs; no need to ask the server about more ids.
      for (const key of keys) this.apply(key, null);
      if (keys.length) this.emit();
      return;
    }
    if (current && keys.length === 0) return;
    const query: ViewerQuery = { products: [], ateliers: [], events: [] };
    const asked: Key[] = [];
    for (const key of keys) {
      const [subject, id] = splitKey(key);
      const list = query[PARAM[subject]];
      // An event's coupon and its 오픈 알림 share one id in `events`.
      if (list.includes(Number(id))) asked.push(key);
      else if (list.length < MAX_PER_LIST) {
        list.push(Number(id));
        asked.push(key);
      }
    }
    await this.ask(query, asked);
  }

  private async ask(query: ViewerQuery, asked: Key[]): Promise<void> {
    const view = this.view;
    const startedAt = ++this.clock;
    for (const key of asked) this.inFlight.add(key);
    this.asking = true;
    const answer = await this.fetchViewer(query);
    if (view !== this.view) return;
    this.asking = false;
    for (const key of asked) this.inFlight.delete(key);
    if (!answer) {
      this.schedule(this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
      return;
    }
    this.retryMs = RETRY_FIRST_MS;
    const { member, current } = this.memberView;
    if (current && JSON.stringify(member) !== JSON.stringify(answer.member)) {
      // Someone else now (logged out or in from another tab): what this view knew was theirs.
      this.startView();
      return;
    }
    if (!current || answer.cartCount !== this.memberView.cartCount) this.memberView = { member: answer.member, current: true, cartCount: answer.cartCount };
    if (this.unreadWritten < startedAt) this.unreadNotifications = answer.unreadNotifications;
    for (const key of asked) {
      if ((this.written.get(key) ?? 0) < startedAt) this.apply(key, answer);
    }
    this.emit();
    if (this.pending().length) this.schedule(0);
  }

  /** Sets one key from an answer (null: signed out, nothing is theirs). */
  private apply(key: Key, answer: ViewerState | null): void {
    const [subject, raw] = splitKey(key);
    const id = Number(raw);
    if (subject === "coupon") this.coupons.set(key, answer?.coupons.find((c) => c.eventId === id) ?? null);
    else {
      const ids = { like: answer?.likedProductIds, follow: answer?.followedAtelierIds, reminder: answer?.reminderEventIds }[subject];
      this.toggles.set(key, { on: ids?.includes(id) ?? false });
    }
  }
}
