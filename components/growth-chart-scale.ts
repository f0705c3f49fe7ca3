import type { GrowthDay } from "@/lib/studio";

/**
 * The growth chart's one vertical scale: the daily bars (follows up, unfollows down) and the
 * running net line are drawn on it, and the axis labels are its ticks, so a label always reads
 * the height of what is drawn beside it (two scales with one axis printed the bars' peak beside
 * the line's). The ticks are a round step apart (1, 2, 5 × 10ⁿ people, about four above or below
 * 0 on the taller side); the top is the first tick at or above every bar and point, the bottom
 * likewise below, at least one step each way, so 0 is always a labelled line inside the plot.
 */
export type GrowthScale = {
  /** The plot's top and bottom values (top > 0 > bottom). */
  top: number;
  bottom: number;
  /** Axis labels from top to bottom, one step apart, 0 among them. */
  ticks: number[];
  /** The running sum of net growth, one point per day. */
  cumulative: number[];
  /** Where a value sits between the plot's top (0) and bottom (1). */
  position: (value: number) => number;
};

/** The smallest of 1, 2, 5, 10, 20, 50, … that is at least n. */
function niceStep(n: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const m of [1, 2, 5]) if (m * magnitude >= n) return m * magnitude;
  }
}

export function growthScale(days: GrowthDay[]): GrowthScale {
  const cumulative = days.reduce<number[]>((acc, d) => [...acc, (acc.at(-1) ?? 0) + d.net], []);
  const above = Math.max(0, ...days.map((d) => d.follows), ...cumulative);
  const below = Math.max(0, ...days.map((d) => d.unfollows), ...cumulative.map((n) => -n));
  const step = niceStep(Math.max(above, below, 1) / 4);
  const top = Math.max(1, Math.ceil(above / step)) * step;
  const bottom = -Math.max(1, Math.ceil(below / step)) * step;
  const ticks = Array.from({ length: (top - bottom) / step + 1 }, (_, i) => top - i * step);
  return { top, bottom, ticks, cumulative, position: (value) => (top - value) / (top - bottom) };
}
