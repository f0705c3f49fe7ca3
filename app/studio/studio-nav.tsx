import { TabNav } from "@/components/tab-nav";

const LINKS = [
  { href: "/studio/followers", label: "팔로워 관리" },
  { href: "/studio/coupon-events", label: "팔로워 쿠폰" },
  { href: "/studio/orders", label: "주문 관리" },
] as const;

/** The studio's sections as tabs; `current` is the section this page belongs to. */
export function StudioNav({ current }: { current: (typeof LINKS)[number]["href"] }) {
  return <TabNav label="작가 스튜디오 메뉴" tabs={LINKS} current={current} />;
}
