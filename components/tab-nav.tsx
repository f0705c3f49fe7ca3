import Link from "next/link";
import { formatCount } from "@/lib/format";

type Tab = { href: string; label: string; count?: number };

/** A section's pages as underlined tabs (마이페이지, 작가 스튜디오); `current` is marked aria-current. */
export function TabNav({ label, tabs, current, className = "" }: { label: string; tabs: readonly Tab[]; current: string; className?: string }) {
  return (
    <nav aria-label={label} className={`-mx-4 overflow-x-auto border-b border-stone-200 px-4 ${className}`}>
      <ul className="flex gap-6 whitespace-nowrap text-[15px]">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab.href === current ? "page" : undefined}
              className={`-mb-px inline-block border-b-2 pb-3 ${tab.href === current ? "border-ink font-bold text-ink" : "border-transparent text-stone-500 hover:text-ink"}`}
            >
              {tab.label}
              {tab.count !== undefined && <span className="ml-1 tabular-nums">{formatCount(tab.count)}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
