import Link from "next/link";

const LINKS = [
  { href: "/studio/followers", label: "팔로워 관리" },
  { href: "/studio/coupon-events", label: "팔로워 쿠폰" },
] as const;

/** The studio's sections as tabs; `current` is the section this page belongs to. */
export function StudioNav({ current }: { current: (typeof LINKS)[number]["href"] }) {
  return (
    <nav aria-label="작가 스튜디오 메뉴" className="-mx-4 overflow-x-auto border-b border-stone-200 px-4">
      <ul className="flex gap-6 whitespace-nowrap text-[15px]">
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.href === current ? "page" : undefined}
              className={`-mb-px inline-block border-b-2 pb-3 ${link.href === current ? "border-ink font-bold text-ink" : "border-transparent text-stone-500 hover:text-ink"}`}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
