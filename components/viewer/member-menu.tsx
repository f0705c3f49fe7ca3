"use client";

import { lazy, Suspense, useEffect } from "react";
import { useViewerMember } from "@/components/viewer/viewer";

const loadLinks = () => import("@/components/viewer/member-links");
const MemberLinks = lazy(() => loadLinks().then(({ MemberLinks }) => ({ default: MemberLinks })));

/**
 * The header's 내 메뉴, from the viewer's state (the header is cached with the page). Empty until
 * the first answer; its width is reserved for a member's links and the 장바구니 (right-aligned), so
 * neither the menu nor the search box beside it moves when they arrive. Its links are drawn only
 * after that answer, so their code is not in every page's first load: it is fetched at hydration,
 * beside the viewer request, and is there by the time the answer is.
 */
export function MemberMenu() {
  const { member, cartCount } = useViewerMember();
  useEffect(() => void loadLinks(), []);
  return (
    <nav aria-label="내 메뉴" className="ml-auto flex min-w-38 shrink-0 items-center justify-end gap-1 text-sm sm:min-w-72 sm:gap-3">
      {member !== undefined && (
        <Suspense fallback={null}>
          <MemberLinks member={member} cartCount={cartCount} />
        </Suspense>
      )}
    </nav>
  );
}
