import "server-only";

// How many times this process has rendered a page at the origin (the root layout ran), so the
// bench can tell a page served from a cache from one rendered again: it reads the total from
// GET /api/health before and after a load. Kept on globalThis because Next.js bundles pages
// and route handlers into separate layers, each with its own copy of a module's variables;
// one symbol-keyed slot is the one counter they all see.
const slot = Symbol.for("comegongbang.renderCount");
const counter = globalThis as typeof globalThis & { [slot]?: number };

export function countRender(): void {
  counter[slot] = (counter[slot] ?? 0) + 1;
}

/** Page renders since this process started. */
export function renderCount(): number {
  return counter[slot] ?? 0;
}
