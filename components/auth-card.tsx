/** The centered card every sign-in page sits in. */
export function AuthCard({ title, subtitle, children }: { title: string; subtitle?: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-md px-4 py-12 sm:py-16">
      <h1 className="text-center text-2xl font-bold">{title}</h1>
      {subtitle && <p className="mt-2 text-center text-sm leading-6 text-stone-500">{subtitle}</p>}
      <div className="mt-8 flex flex-col gap-5">{children}</div>
    </div>
  );
}

export function OrDivider() {
  return (
    <div className="flex items-center gap-3 text-xs text-stone-500" aria-hidden="true">
      <span className="h-px flex-1 bg-stone-200" />
      또는
      <span className="h-px flex-1 bg-stone-200" />
    </div>
  );
}
