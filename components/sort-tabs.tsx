
/** 인기순 · 최신순 · … as links (no JS), the current one marked; `options` maps each sort to its label. */
export function SortTabs<K extends string>({ options, current, hrefFor }: { options: Record<K, string>; current: K; hrefFor: (sort: K) => string }) {
  return (
    <nav aria-label="정렬">
      <ul className="flex gap-3 text-sm">
        {(Object.keys(options) as K[]).map((sort) => (
          <li key={sort}>
            <a
              href={hrefFor(sort)}
              aria-current={sort === current ? "true" : undefined}
              className={sort === current ? "font-bold text-ink" : "text-stone-500 hover:text-ink"}
            >
              {options[sort]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
