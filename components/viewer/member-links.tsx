"use client";

import { BellIcon } from "@/components/icons/bell";
import { CartIcon } from "@/components/icons/cart";
import { UserIcon } from "@/components/icons/user";
import { LogoutButton } from "@/components/logout-button";
import { useUnreadNotifications } from "@/components/viewer/viewer";
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
        <a key={area.href} href={area.href} className={`hidden sm:inline ${item}`}>
          {area.label}
        </a>
      ))}
      <details className="relative sm:hidden">
        <summary className={`cursor-pointer list-none [&::-webkit-details-marker]:hidden ${item}`}>관리</summary>
        <ul className="absolute right-0 top-full z-40 mt-2 w-44 rounded-xl border border-stone-200 bg-white p-1 shadow-lg">
          {areas.map((area) => (
            <li key={area.href}>
              <a href={area.href} onClick={close} className="block rounded-lg px-3 py-2 hover:bg-stone-100">
                {area.label}
              </a>
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
    <a href="/mypage/notifications" aria-label={unread > 0 ? `알림 ${unread}개` : "알림"} className={`relative ${item}`}>
      <BellIcon className="size-5" />
      <CountBadge count={unread} />
    </a>
  );
}

/** 내 메뉴's links: a member's (관리, 장바구니, 알림, 마이페이지, 로그아웃) or a visitor's (로그인, 회원가입). */
export function MemberLinks({ member, cartCount }: { member: ViewerMember | null; cartCount: number }) {
  return member ? (
    <>
      <WorkAreas member={member} />
      <a href="/cart" aria-label={`장바구니 ${cartCount}개`} className={`relative flex items-center ${item}`}>
        <CartIcon className="size-5" />
        <CountBadge count={cartCount} />
      </a>
      <NotificationsLink />
      <a href="/mypage" className={`flex items-center gap-1 ${item}`}>
        <UserIcon className="size-5" />
        <span className="hidden sm:inline">마이페이지</span>
        <span className="sr-only sm:hidden">마이페이지</span>
      </a>
      <LogoutButton />
    </>
  ) : (
    <>
      <a href="/login" className={item}>
        로그인
      </a>
      <a href="/signup" className={`hidden sm:inline ${item}`}>
        회원가입
      </a>
    </>
  );
}
