import { describe, expect, it } from "vitest";
import { growthScale } from "@/components/growth-chart-scale";
import type { GrowthDay } from "@/lib/studio";

const day = (i: number, follows: number, unfollows: number): GrowthDay => ({ day: `2026-11-${String(i + 1).padStart(2, "0")}`, follows, unfollows, net: follows - unfollows });

describe("growthScale: one scale for the bars, the net line and the axis labels", () => {
  it("a running net above the daily peak sets the scale, so the line stays inside the labelled range", () => {
    // 30 days of 4 follows a day: bars peak at 4, the line climbs to 120.
    const days = Array.from({ length: 30 }, (_, i) => day(i, 4, 0));
    const scale = growthScale(days);
    expect(scale.cumulative.at(-1)).toBe(120);
    expect(scale.max).toBeGreaterThanOrEqual(120);
    expect(scale.ticks).toEqual([scale.max, scale.max / 2, 0, -scale.max / 2, -scale.max]);
    // The line's last point sits where the axis says 120 would.
    const labelled = scale.ticks[1]!;
    expect(scale.position(labelled)).toBeCloseTo(0.25);
    expect(scale.position(120)).toBeCloseTo(0.5 - 120 / (2 * scale.max));
    expect(scale.position(scale.max)).toBe(0);
    expect(scale.position(-scale.max)).toBe(1);
  });

  it("a daily peak above the running net sets it when followers come and go", () => {
    const days = [day(0, 37, 0), day(1, 0, 36), day(2, 3, 2)];
    const scale = growthScale(days);
    expect(scale.cumulative).toEqual([37, 1, 2]);
    expect(scale.max).toBe(40);
    expect(scale.ticks).toEqual([40, 20, 0, -20, -40]);
  });

  it("every drawn value is within ±max and the ticks are round numbers of people", () => {
    for (const [follows, unfollows] of [[0, 0], [1, 0], [3, 9], [12, 1], [250, 3], [999, 1000]] as const) {
      const days = [day(0, follows, unfollows), day(1, follows, 0)];
      const scale = growthScale(days);
      const drawn = [...days.flatMap((d) => [d.follows, -d.unfollows]), ...scale.cumulative];
      for (const v of drawn) expect(Math.abs(v), `${v} in ±${scale.max}`).toBeLessThanOrEqual(scale.max);
      for (const t of scale.ticks) expect(Number.isInteger(t), `${t}`).toBe(true);
      expect(scale.max / 2).toBeGreaterThanOrEqual(1);
    }
  });

  it("a falling line goes below the middle: a net loss reads below 0", () => {
    const scale = growthScale([day(0, 0, 3), day(1, 0, 2)]);
    expect(scale.cumulative).toEqual([-3, -5]);
    expect(scale.position(-5)).toBeGreaterThan(0.5);
    expect(scale.position(0)).toBe(0.5);
  });

  it("no days at all still makes a scale (1 person per half)", () => {
    expect(growthScale([])).toMatchObject({ max: 2, ticks: [2, 1, 0, -1, -2], cumulative: [] });
  });
});
