"use client";

import { lazy, Suspense, type ComponentType } from "react";

/**
 * A client component whose script loads apart from the page's first load (React.lazy): the server
 * renders it as part of the page, its HTML stands while the script comes, and React hydrates it
 * then. For parts a page does not need at once: next/dynamic would do the same, but carries ~2 kB of
 * its own into the page's first load.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Part = lazy(() => load().then((component) => ({ default: component })));
  return function LazyPart(props: P) {
    return (
      <Suspense fallback={null}>
        <Part {...props} />
      </Suspense>
    );
  };
}
