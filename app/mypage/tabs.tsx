"use client";

import { usePathname } from "next/navigation";
import { TabNav } from "@/components/tab-nav";

/** Formatted by the server (formatCount), as TabNav shows them. */
type Counts = { likes: string; follows: string; coupons: string };

export function MypageTabs({ counts }: { counts: Counts }) {
  const tabs = [
    { href: "/mypage", label: "찜한 작품", count: counts.likes },
    { href: "/mypage/follows", label: "팔로우하는 작가", count: counts.follows },
    { href: "/mypage/coupons", label: "내 쿠폰", count: counts.coupons },
    { href: "/mypage/orders", label: "주문내역" },
    { href: "/mypage/notifications", label: "알림" },
    { href: "/mypage/account", label: "회원정보" },
  ];
  return <TabNav label="마이페이지 메뉴" tabs={tabs} current={usePathname()} className="mt-6" />;
}
