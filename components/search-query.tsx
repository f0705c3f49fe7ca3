"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect } from "react";

/**
 * Keeps the header's search box showing what was searched while the visitor is on /search (the
 * header is cached with every page, so the server cannot print the query into it): after a
 * search the box still holds 머그, ready to refine, as shops' search boxes do.
 */
export function SearchQuery({ inputId }: { inputId: string }) {
  const pathname = usePathname();
  const q = useSearchParams().get("q");
  useEffect(() => {
    const input = document.getElementById(inputId);
    if (input instanceof HTMLInputElement) input.value = pathname === "/search" ? (q ?? "") : "";
  }, [inputId, pathname, q]);
  return null;
}
