"use client";

import Link from "next/link";
import { CartIcon, UserIcon } from "@/components/icons";
import { LogoutButton } from "@/components/logout-button";
import { useViewerMember } from "@/components/viewer/viewer";

const item = "rounded-full px-2 py-1 hover:bg-stone-100";

/**
 * The header's 내 메뉴, from the viewer's state (the header is cached with the page). Empty until
 * the first answer; its width is reserved for a member's links and the 장바구니 (right-aligned), so
 * neither the menu nor the search box beside it moves when they arrive.
 */
export function MemberMenu() {
  const { member, cartCount } = useViewerMember();
  return (
    <nav aria-label="내 메뉴" className="ml-auto flex min-w-38 shrink-0 items-center justify-end gap-1 text-sm sm:min-w-60 sm:gap-3">
      {member === undefined ? null : member ? (
        <>
          {member.atelierId !== null && (
            <Link href="/studio/followers" className={`hidden sm:inline ${item}`}>
              작가 스튜디오
            </Link>
          )}
          {member.isMarketer && (
            <Link href="/admin/coupon-events" className={`hidden sm:inline ${item}`}>
              쿠폰 이벤트 관리
            </Link>
          )}
          <Link href="/cart" aria-label={`장바구니 ${cartCount}개`} className={`relative flex items-center ${item}`}>
            <CartIcon className="size-5" />
            {cartCount > 0 && (
              <span aria-hidden="true" className="absolute -top-1 -right-1 min-w-4 rounded-full bg-brand-600 px-1 text-center text-[10px] font-bold leading-4 text-white tabular-nums">
                {cartCount}
              </span>
            )}
          </Link>
          <Link href="/mypage" className={`flex items-center gap-1 ${item}`}>
            <UserIcon className="size-5" />
            <span className="hidden sm:inline">마이페이지</span>
            <span className="sr-only sm:hidden">마이페이지</span>
          </Link>
          <LogoutButton />
        </>
      ) : (
        <>
          <Link href="/login" className={item}>
            로그인
          </Link>
          <Link href="/signup" className={`hidden sm:inline ${item}`}>
            회원가입
          </Link>
        </>
      )}
    </nav>
  );
}
