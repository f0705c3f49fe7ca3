
export function EmptyState({ text, href, cta }: { text: string; href: string; cta: string }) {
  return (
    <div className="flex flex-col items-center rounded-2xl bg-stone-50 px-6 py-16 text-center">
      <p className="text-sm text-stone-600">{text}</p>
      <a href={href} className="mt-5 rounded-full bg-brand-500 px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-600">
        {cta}
      </a>
    </div>
  );
}
