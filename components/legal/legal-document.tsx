// The frame of the 이용약관 and 개인정보처리방침 pages: a title, the date the text took effect and
// numbered sections, each reachable by its own anchor. Static, the same for everyone.

export type LegalSection = { id: string; title: string; body: React.ReactNode };

export function LegalDocument({ title, effective, intro, sections }: { title: string; effective: string; intro: React.ReactNode; sections: LegalSection[] }) {
  return (
    <article className="mx-auto max-w-3xl px-4 py-10 text-[15px] leading-7 text-stone-700 sm:py-14">
      <h1 className="text-2xl font-bold text-ink">{title}</h1>
      <p className="mt-1 text-sm text-stone-500">시행일 {effective}</p>
      <div className="mt-6">{intro}</div>
      <nav aria-label="목차" className="mt-6 rounded-2xl bg-stone-50 p-5 text-sm">
        <ol className="grid gap-1 sm:grid-cols-2">
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`} className="hover:underline">
                {section.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {sections.map((section) => (
        <section key={section.id} id={section.id} aria-labelledby={`${section.id}-title`} className="mt-10 scroll-mt-24">
          <h2 id={`${section.id}-title`} className="text-lg font-bold text-ink">
            {section.title}
          </h2>
          <div className="mt-3 flex flex-col gap-3 [&_li]:ml-5 [&_ol]:list-decimal [&_ul]:list-disc">{section.body}</div>
        </section>
      ))}
    </article>
  );
}

/** A small two-column table (항목 | 내용) for what the policies list. */
export function LegalTable({ caption, head, rows }: { caption: string; head: string[]; rows: string[][] }) {
  return (
    // On a phone the table scrolls sideways: the region takes keyboard focus so it can be scrolled without a pointer.
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full min-w-[32rem] border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {head.map((cell) => (
              <th key={cell} scope="col" className="border-b-2 border-stone-300 px-3 py-2 font-semibold text-ink">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.join("|")}>
              {row.map((cell, i) => (
                <td key={i} className="border-b border-stone-200 px-3 py-2 align-top">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
