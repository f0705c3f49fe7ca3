import { TabNav } from "@/components/tab-nav";

const LINKS = [
  { href: "/admin/coupon-events", label: "쿠폰 이벤트" },
  { href: "/admin/jobs", label: "메일 발송 실패" },
] as const;

/** The marketer console's sections as tabs; `current` is the section this page belongs to. */
export function AdminNav({ current }: { current: (typeof LINKS)[number]["href"] }) {
  return <TabNav label="마케터 콘솔 메뉴" tabs={LINKS} current={current} className="mb-6" />;
}
