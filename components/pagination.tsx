
type Props = { page: number; lastPage: number; hrefFor: (page: number) => string };

/** Numbered pagination around the current page; plain links, so it works without JS. */
export function Pagination({ page, lastPage, hrefFor }: Props) {
  if (lastPage <= 1) return null;
  const from = Math.max(1, Math.min(page - 2, lastPage - 4));
  const pages = Array.from({ length: Math.min(5, lastPage) }, (_, i) => from + i);
  const cell = "flex size-10 items-center justify-center rounded-full text-sm";
  return (
    <nav aria-label="페이지" className="mt-12 flex items-center justify-center gap-1">
      {page > 1 ? (
        <a href={hrefFor(page - 1)} className={`${cell} hover:bg-stone-100`} aria-label="이전 페이지">
          ‹
        </a>
      ) : (
        <span className={`${cell} text-stone-300`} aria-hidden="true">‹</span>
      )}
      {pages.map((p) =>
        p === page ? (
          <span key={p} aria-current="page" className={`${cell} bg-ink font-semibold text-white`}>
            {p}
          </span>
        ) : (
          // The visible number starts the name (WCAG 2.5.3: say "2" and voice control finds it).
          <a key={p} href={hrefFor(p)} className={`${cell} hover:bg-stone-100`}>
            {p}
            <span className="sr-only">페이지</span>
          </a>
        ),
      )}
      {page < lastPage ? (
        <a href={hrefFor(page + 1)} className={`${cell} hover:bg-stone-100`} aria-label="다음 페이지">
          ›
        </a>
      ) : (
        <span className={`${cell} text-stone-300`} aria-hidden="true">›</span>
      )}
    </nav>
  );
}
