import { discountPercent, formatWon } from "@/lib/format";

/**
 * Price with the atelier's own discount, Idus style: red percent, bold price, struck original. In a
 * card the struck price wraps to its own line when the row is full (two cards a row on a phone).
 */
export function Price({ price, originalPrice, size = "sm" }: { price: number; originalPrice?: number | null; size?: "sm" | "lg" }) {
  const percent = discountPercent(price, originalPrice);
  const big = size === "lg";
  return (
    <p className={big ? "flex items-baseline gap-2 text-2xl" : "flex flex-wrap items-baseline gap-x-1.5 text-[15px]"}>
      {percent !== null && (
        <span className="font-bold text-brand-600">
          <span className="sr-only">할인율 </span>
          {percent}%
        </span>
      )}
      <strong className="font-bold">{formatWon(price)}</strong>
      {percent !== null && originalPrice && (
        <del className={big ? "text-base text-stone-500" : "text-xs text-stone-500"}>
          <span className="sr-only">정가 </span>
          {formatWon(originalPrice)}
        </del>
      )}
    </p>
  );
}
