import type { GrowthDay } from "@/lib/studio";

/**
 * The growth chart's one vertical scale: the daily bars (follows up, unfollows down) and the
 * running net line are drawn on it, and the axis labels are its ticks, so a label always reads
 * the height of what is drawn beside it (two scales with one axis printed the bars' peak beside
 * the line's). Symmetric around 0, `max` a round number of people (1, 2, 5 × 10ⁿ steps) at least
 * as large as every bar and every point of the line.
 */
export type GrowthScale = {
  /** The top of the plot is +max, the bottom −max. */
  max: number;
  /** Axis labels from top to bottom: max, max/2, 0, −max/2, −max. */
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
  const extent = Math.max(0, ...days.map((d) => Math.max(d.follows, d.unfollows)), ...cumulative.map(Math.abs));
  const step = niceStep(Math.max(1, extent / 2));
  const max = 2 * step;
  return {
    max,
    ticks: [max, step, 0, -step, -max],
    cumulative,
    position: (value) => (max - value) / (2 * max),
  };
}
