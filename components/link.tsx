"use client";

import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

type Props = Omit<ComponentProps<typeof NextLink>, "href" | "prefetch"> & { href: string };

/**
 * The app's link: next/link, but a page is prefetched when the visitor reaches for the link
 * (pointer over it, keyboard focus, a finger on it), never because it scrolled into view.
 * next/link's viewport prefetch fired a flight request for every link on screen — 18 while
 * Lighthouse loaded the home page at a phone's size, more on a desktop — each parsed on the main
 * thread while the page hydrated, and each one more origin request in the launch-second crowd.
 * Hover gives the fetch a few hundred milliseconds before the click; a touch, about a hundred.
 */
export function Link({ href, onPointerEnter, onFocus, onTouchStart, ...props }: Props) {
  const router = useRouter();
  // External and in-page links have nothing to prefetch.
  const prefetch = () => {
    if (href.startsWith("/")) router.prefetch(href);
  };
  return (
    <NextLink
      href={href}
      prefetch={false}
      onPointerEnter={(event) => {
        prefetch();
        onPointerEnter?.(event);
      }}
      onFocus={(event) => {
        prefetch();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        prefetch();
        onTouchStart?.(event);
      }}
      {...props}
    />
  );
}
