"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { formatCount } from "@/lib/format";

type Counts = { likes: number; follows: number; coupons: number };

export function MypageTabs({ counts }: { counts: Counts }) {
  const pathname = usePathname();
  const tabs = [
    { href: "/mypage", label: "찜한 작품", count: counts.likes },
    { href: "/mypage/follows", label: "팔로우하는 작가", count: counts.follows },
    { href: "/mypage/coupons", label: "내 쿠폰", count: counts.coupons },
    { href: "/mypage/account", label: "회원정보", count: null },
  ];
  return (
    <nav aria-label="마이페이지 메뉴" className="-mx-4 mt-6 overflow-x-auto border-b border-stone-200 px-4">
      <ul className="flex gap-6 whitespace-nowrap text-[15px]">
        {tabs.map((tab) => {
          const current = pathname === tab.href;
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={current ? "page" : undefined}
                className={`-mb-px inline-block border-b-2 pb-3 ${current ? "border-ink font-bold text-ink" : "border-transparent text-stone-500 hover:text-ink"}`}
              >
                {tab.label}
                {tab.count !== null && <span className="ml-1 tabular-nums">{formatCount(tab.count)}</span>}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
