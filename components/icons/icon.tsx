// Inline icons, one module each: a client component carries only the icons it draws (a module of
// all of them went whole into every client chunk that used one). A few paths are cheaper than an
// icon library. All are decorative (aria-hidden); the control around them carries the accessible name.

export type IconProps = { className?: string; filled?: boolean };

/** The frame every icon shares: a 24-unit square, stroked in the text colour, hidden from assistive tech. */
export function Icon({ className, filled = false, strokeWidth = 1.8, children }: IconProps & { strokeWidth?: number; children: React.ReactNode }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className={className} fill={filled ? "currentColor" : "none"} stroke="currentColor" strokeWidth={strokeWidth}>
      {children}
    </svg>
  );
}
