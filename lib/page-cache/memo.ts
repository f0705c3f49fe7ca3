// A small in-process cache of finished responses, one per URL, for the proxy (lib/page-cache/serve.ts).
// Fresh for `freshMs`; then served stale for up to `staleMs` while one refresh runs in the
// background; never two loads of one URL at once (a crowd arriving together waits for one).
// Bounded: least recently used entries go first.

export type MemoOptions<T> = {
  load: (key: string) => Promise<T>;
  /** Whether a loaded value may be kept (an error page is answered, not kept). */
  keep: (value: T) => boolean;
  freshMs: number;
  staleMs: number;
  maxEntries: number;
  now?: () => number;
};

type Entry<T> = { value: T; storedAt: number };

export type Memo<T> = { get: (key: string) => Promise<T>; size: () => number };

export function createMemo<T>({ load, keep, freshMs, staleMs, maxEntries, now = Date.now }: MemoOptions<T>): Memo<T> {
  const entries = new Map<string, Entry<T>>();
  const loading = new Map<string, Promise<T>>();

  function store(key: string, value: T): void {
    entries.delete(key);
    entries.set(key, { value, storedAt: now() });
    // A Map iterates in insertion order, and a read re-inserts: the first key is the least recent.
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
  }

  function refresh(key: string): Promise<T> {
    const running = loading.get(key);
    if (running) return running;
    const promise = load(key)
      .then((value) => {
        if (keep(value)) store(key, value);
        else entries.delete(key);
        return value;
      })
      .finally(() => loading.delete(key));
    loading.set(key, promise);
    return promise;
  }

  async function get(key: string): Promise<T> {
    const entry = entries.get(key);
    if (!entry) return refresh(key);
    const age = now() - entry.storedAt;
    if (age > freshMs + staleMs) return refresh(key);
    entries.delete(key);
    entries.set(key, entry);
    // A failed background refresh keeps the stale value until it is too old to serve.
    if (age > freshMs) refresh(key).catch(() => undefined);
    return entry.value;
  }

  return { get, size: () => entries.size };
}
