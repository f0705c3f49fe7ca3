/** `count` as shown (formatCount on the server): 마이페이지's tabs are a client component, which then carries no formatter. */
type Tab = { href: string; label: string; count?: string };

/**
 * A section's pages as underlined tabs (마이페이지, 작가 스튜디오, a status filter); `current` is
 * marked aria-current. On a phone the tabs are a grid of equal cells, in as many rows as they
 * need, so every tab — the current one too — is on screen without scrolling sideways (마이페이지
 * has six). Layout alone, no script: a client TabNav that scrolled the current tab into view
 * brought up the error page after client-side navigation in the production build (b655974).
 */
export function TabNav({ label, tabs, current, className = "" }: { label: string; tabs: readonly Tab[]; current: string; className?: string }) {
  return (
    <nav aria-label={label} className={`sm:-mx-4 sm:overflow-x-auto sm:border-b sm:border-stone-200 sm:px-4 ${className}`}>
      <ul className="grid grid-cols-[repeat(auto-fit,minmax(6.5rem,1fr))] text-sm sm:flex sm:gap-6 sm:whitespace-nowrap sm:text-[15px]">
        {tabs.map((tab) => (
          <li key={tab.href} className="flex">
            <a
              href={tab.href}
              aria-current={tab.href === current ? "page" : undefined}
              className={`flex flex-1 items-center justify-center border-b-2 px-1 py-2.5 text-center sm:-mb-px sm:inline-block sm:px-0 sm:pt-0 sm:pb-3 ${tab.href === current ? "border-ink font-bold text-ink" : "border-stone-200 text-stone-500 hover:text-ink sm:border-transparent"}`}
            >
              {tab.label}
              {tab.count !== undefined && <span className="ml-1 tabular-nums">{tab.count}</span>}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
