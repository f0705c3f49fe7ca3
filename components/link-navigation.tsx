"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** The same-origin page a click or a reach would open, or null when the browser should handle it. */
function pageOf(target: EventTarget | null): URL | null {
  const anchor = target instanceof Element ? target.closest("a[href]") : null;
  if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute("download")) return null;
  if (anchor.target && anchor.target !== "_self") return null;
  const url = new URL(anchor.href);
  return url.origin === window.location.origin ? url : null;
}

const samePage = (url: URL) => url.pathname === window.location.pathname && url.search === window.location.search;

/**
 * Every in-app link is a plain server-rendered <a>; this one listener on the document moves
 * between pages client-side and prefetches a page when the visitor reaches for its link (pointer
 * over it, keyboard focus, a finger on it), never because it scrolled into view.
 *
 * Why not next/link: it made every link a client component, so a listing hydrated three per card,
 * and its viewport prefetch fired a flight request for every link on screen (18 while Lighthouse
 * loaded the home page at a phone's size), each parsed on the main thread during hydration and
 * each one more origin request in the launch-second crowd. Its code was ~3 kB of First Load JS on
 * every route. Hover gives the fetch a few hundred milliseconds before the click; a touch, ~100.
 */
export function LinkNavigation() {
  const router = useRouter();
  useEffect(() => {
    let reached = "";
    const onReach = (event: Event) => {
      const url = pageOf(event.target);
      if (!url || samePage(url)) return;
      const href = url.pathname + url.search;
      if (href === reached) return;
      reached = href;
      router.prefetch(href);
    };
    const onClick = (event: MouseEvent) => {
      // A modified click opens a tab or a window; a handler that took the click keeps it.
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const url = pageOf(event.target);
      // Another fragment of this page: the browser scrolls to it.
      if (!url || (samePage(url) && url.hash)) return;
      event.preventDefault();
      router.push(url.pathname + url.search + url.hash);
    };
    const reaches = ["pointerover", "focusin", "touchstart"] as const;
    for (const type of reaches) document.addEventListener(type, onReach, { passive: true });
    document.addEventListener("click", onClick);
    return () => {
      for (const type of reaches) document.removeEventListener(type, onReach);
      document.removeEventListener("click", onClick);
    };
  }, [router]);
  return null;
}
