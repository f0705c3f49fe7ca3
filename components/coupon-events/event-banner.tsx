/**
 * An event's banner, when it has one: a locally generated 3:1 SVG (a plain img, nothing to
 * optimise), decorative because the event's title names it.
 */
export function EventBanner({ src, width, className, priority = false }: { src: string | null; width: number; className: string; priority?: boolean }) {
  if (!src) return null;
  // eslint-disable-next-line @next/next/no-img-element -- locally generated SVG banner
  return <img src={src} alt="" width={width} height={width / 3} fetchPriority={priority ? "high" : undefined} className={className} />;
}
