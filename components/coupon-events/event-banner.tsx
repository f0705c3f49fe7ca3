import { formatCount, formatWon } from "@/lib/format";
import { conditionsLabel, discountAmount, type CouponTerms } from "@/lib/coupons/terms";

/** What a banner prints: the event's own title and terms, never words of its own. */
export type BannerCopy = CouponTerms & { title: string; totalQuantity: number; followerOnly: boolean };

/**
 * An event's banner, when it has artwork: the picture (a locally generated 3:1 SVG with no words,
 * a plain img, nothing to optimise) with the copy printed over it from the event's terms, so a
 * banner cannot promise a discount, a minimum order or a quantity the event does not give.
 * Sizes follow the banner's own width (container units), as if the words were in the picture.
 * Hidden from screen readers: the page states the title and terms itself.
 */
export function EventBanner({ src, copy, width, className, priority = false }: { src: string | null; copy: BannerCopy; width: number; className: string; priority?: boolean }) {
  if (!src) return null;
  const note = copy.discountType === "PERCENT" && copy.maxDiscount ? `최대 ${formatWon(copy.maxDiscount)} 할인` : "할인 쿠폰";
  return (
    <div aria-hidden="true" data-testid="event-banner" className={`@container relative overflow-hidden ${className}`}>
      {/* eslint-disable-next-line @next/next/no-img-element -- locally generated SVG banner */}
      <img src={src} alt="" width={width} height={width / 3} fetchPriority={priority ? "high" : undefined} className="absolute inset-0 size-full object-cover" />
      {/* The calm left part of the artwork (x 70–710 of 1200). */}
      <div className="absolute top-[17%] left-[5.8%] w-[53%] text-stone-800">
        <p className="inline-block rounded-full bg-brand-600 px-[1.6cqw] py-[0.5cqw] text-[1.8cqw] font-bold text-white">{copy.followerOnly ? "팔로워 전용 쿠폰" : "선착순 쿠폰"}</p>
        <p className="mt-[2.2cqw] line-clamp-2 text-[4.4cqw] leading-[1.2] font-extrabold break-keep">{copy.title}</p>
        <p className="mt-[1.6cqw] text-[1.9cqw] font-medium text-stone-700">
          {conditionsLabel(copy)} · 선착순 {formatCount(copy.totalQuantity)}장
        </p>
      </div>
      {/* The artwork's blank ticket (x 800–1130, y 80–320; its dashed line at y 252). */}
      <div className="absolute top-[20%] left-[66.7%] flex h-[43%] w-[27.5%] items-center justify-center">
        <p className="text-[5.2cqw] font-extrabold whitespace-nowrap text-brand-600 tabular-nums">{discountAmount(copy)}</p>
      </div>
      <div className="absolute top-[63%] left-[66.7%] flex h-[17%] w-[27.5%] items-center justify-center">
        <p className="text-[1.8cqw] font-semibold text-stone-700">{note}</p>
      </div>
    </div>
  );
}
