
/** 홈 › 도자기 › 머그컵: links to each level; the last one may be the current page (no link). */
export function Breadcrumbs({ trail, current }: { trail: { href: string; label: string }[]; current?: string }) {
  return (
    <nav aria-label="현재 위치" className="text-xs text-stone-500">
      <ol className="flex gap-1.5">
        <li>
          <a href="/" className="hover:underline">
            홈
          </a>
        </li>
        {trail.map((item) => (
          <li key={item.href}>
            <span aria-hidden="true">› </span>
            <a href={item.href} className="hover:underline">
              {item.label}
            </a>
          </li>
        ))}
        {current && (
          <li aria-current="page">
            <span aria-hidden="true">› </span>
            {current}
          </li>
        )}
      </ol>
    </nav>
  );
}
