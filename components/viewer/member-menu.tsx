"use client";

import { Link } from "@/components/link";
import { BellIcon, CartIcon, UserIcon } from "@/components/icons";
import { LogoutButton } from "@/components/logout-button";
import { useUnreadNotifications, useViewerMember } from "@/components/viewer/viewer";
import type { ViewerMember } from "@/lib/member-state";

const item = "rounded-full px-2 py-1 hover:bg-stone-100";

/**
 * Where an owner or a marketer works: links beside 마이페이지 on wider screens; on a phone, where
 * the row has no room, behind a 관리 disclosure (<details>: the browser gives it its expanded
 * state and keyboard use without script). A link closes it, since the header outlives navigation.
 */
function WorkAreas({ member }: { member: ViewerMember }) {
  const areas = [
    member.atelierId !== null && { href: "/studio/followers", label: "작가 스튜디오" },
    member.isMarketer && { href: "/admin/coupon-events", label: "쿠폰 이벤트 관리" },
  ].filter((area) => area !== false);
  if (areas.length === 0) return null;
  const close = (e: React.MouseEvent<HTMLElement>) => e.currentTarget.closest("details")?.removeAttribute("open");
  return (
    <>
      {areas.map((area) => (
        <Link key={area.href} href={area.href} className={`hidden sm:inline ${item}`}>
          {area.label}
        </Link>
      ))}
      <details className="relative sm:hidden">
        <summary className={`cursor-pointer list-none [&::-webkit-details-marker]:hidden ${item}`}>관리</summary>
        <ul className="absolute right-0 top-full z-40 mt-2 w-44 rounded-xl border border-stone-200 bg-white p-1 shadow-lg">
          {areas.map((area) => (
            <li key={area.href}>
              <Link href={area.href} onClick={close} className="block rounded-lg px-3 py-2 hover:bg-stone-100">
                {area.label}
              </Link>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}

/**
 * A count over an icon link, whose name (aria-label, "장바구니 2개") already says it: the number is
 * drawn from data-count (CSS), so no text node "2" is read apart from the label or makes a label
 * that the visible text does not begin (axe's label-in-name check).
 */
function CountBadge({ count }: { count: number }) {
  if (count <= 0) return null;
  return (
    <span
      data-count={count > 99 ? "99+" : count}
      className="absolute -top-1 -right-1 min-w-4 rounded-full bg-brand-600 px-1 text-center text-[10px] font-bold leading-4 text-white tabular-nums after:content-[attr(data-count)]"
    />
  );
}

/** 마이페이지 알림, named with the unread count (`알림 3개`) and showing it as a badge. */
function NotificationsLink() {
  const unread = useUnreadNotifications();
  return (
    <Link href="/mypage/notifications" aria-label={unread > 0 ? `알림 ${unread}개` : "알림"} className={`relative ${item}`}>
      <BellIcon className="size-5" />
      <CountBadge count={unread} />
    </Link>
  );
}

/**
 * The header's 내 메뉴, from the viewer's state (the header is cached with the page). Empty until
 * the first answer; its width is reserved for a member's links and the 장바구니 (right-aligned), so
 * neither the menu nor the search box beside it moves when they arrive.
 */
export function MemberMenu() {
  const { member, cartCount } = useViewerMember();
  return (
    <nav aria-label="내 메뉴" className="ml-auto flex min-w-38 shrink-0 items-center justify-end gap-1 text-sm sm:min-w-72 sm:gap-3">
      {member === undefined ? null : member ? (
        <>
          <WorkAreas member={member} />
          <Link href="/cart" aria-label={`장바구니 ${cartCount}개`} className={`relative flex items-center ${item}`}>
            <CartIcon className="size-5" />
            <CountBadge count={cartCount} />
          </Link>
          <NotificationsLink />
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
