// Browser-only. What a visitor clicked (찜, follow, 오픈 알림, 쿠폰 받기, 장바구니 담기) before being sent to log in, kept in this
// browser's localStorage, never in a URL: a URL can be crafted by anyone and opened in a signed-in
// browser, storage can only be written by our own page's click. The intent is bound to the path
// it was made on and expires, so it completes only when the visitor comes back to that page soon.
// localStorage, not sessionStorage: a new shopper signs up, and the mailed link opens in a new
// tab of the same browser (issue #18 journey 1); 30 minutes covers that round trip.
import { parseId } from "@/lib/validation/common";

/** What can be finished after login: the toggles (components/toggles/pending-intent.tsx), the
 *  event page's claim (its claim panel) and a product page's 장바구니 담기 (components/buy-box.tsx). */
export type IntentKind = "like" | "follow" | "reminder" | "claim" | "cart";
/** `like:12`, `follow:3`, `reminder:5`, `claim:7`, `cart:12`: the action and the id it applies to. */
export type Intent = `${IntentKind}:${number}`;

const KEY = "comegongbang:pending-intent";
const TTL_MS = 30 * 60 * 1000;

/** A known action and an id by the same rule as a URL's [id]. */
function isIntent(value: string): boolean {
  const [, action, id] = /^(like|follow|reminder|claim|cart):(.*)$/.exec(value) ?? [];
  return action !== undefined && parseId(id ?? "") !== null;
}

/** `quantity`: how many pieces a `cart` intent adds (1 to MAX_QUANTITY). */
type Stored = { intent: string; path: string; expiresAt: number; quantity?: number };
const MAX_QUANTITY = 99;

/** Remembers the click that is sending the visitor to log in (replacing any earlier one). */
export function savePendingIntent(intent: Intent, path: string, quantity?: number): void {
  const stored: Stored = { intent, path, expiresAt: Date.now() + TTL_MS, quantity };
  try {
    localStorage.setItem(KEY, JSON.stringify(stored));
  } catch {
    // Storage disabled (private mode, quota): the visitor clicks again after logging in.
  }
}

/** A stored intent that is well-formed and not yet expired, else null. */
function parse(raw: string): Stored | null {
  try {
    const stored = JSON.parse(raw) as Partial<Stored> | null;
    const quantity = stored?.quantity;
    const countable = quantity === undefined || (Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_QUANTITY);
    const ok = typeof stored?.intent === "string" && isIntent(stored.intent) && typeof stored.path === "string" && typeof stored.expiresAt === "number" && Date.now() < stored.expiresAt && countable;
    return ok ? (stored as Stored) : null;
  } catch {
    return null;
  }
}

/**
 * The intent made on `path` of one of `kinds`, removed as it is read so it completes once; an
 * expired or malformed one is dropped. An intent for another page or of another kind stays,
 * for its own page or its own taker, until expiry.
 */
function take(path: string, kinds: readonly IntentKind[]): Stored | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (raw === null) return null;
    const stored = parse(raw);
    if (stored && (stored.path !== path || !kinds.includes(stored.intent.split(":")[0] as IntentKind))) return null;
    localStorage.removeItem(KEY);
    return stored;
  } catch {
    return null;
  }
}

/** The intent made on `path` of one of `kinds` (see take), or null. */
export function takePendingIntent(path: string, kinds: readonly IntentKind[]): Intent | null {
  return (take(path, kinds)?.intent as Intent | undefined) ?? null;
}

/** A 장바구니 담기 made on `path`: the product and how many pieces (see take), or null. */
export function takePendingCartAdd(path: string): { productId: number; quantity: number } | null {
  const stored = take(path, ["cart"]);
  return stored && { productId: Number(stored.intent.slice("cart:".length)), quantity: stored.quantity ?? 1 };
}
