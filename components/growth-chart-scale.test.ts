import { describe, expect, it } from "vitest";
import { growthScale } from "@/components/growth-chart-scale";
import type { GrowthDay } from "@/lib/studio";

const day = (i: number, follows: number, unfollows: number): GrowthDay => ({ day: `2026-11-${String(i + 1).padStart(2, "0")}`, follows, unfollows, net: follows - unfollows });

describe("growthScale: one scale for the bars, the net line and the axis labels", () => {
  it("a running net above the daily peak sets the top, and the line's points sit where the labels say", () => {
    // 30 days of 4 follows a day: bars peak at 4, the line climbs to 120.
    const days = Array.from({ length: 30 }, (_, i) => day(i, 4, 0));
    const scale = growthScale(days);
    expect(scale.cumulative.at(-1)).toBe(120);
    expect(scale.ticks).toEqual([150, 100, 50, 0, -50]);
    expect({ top: scale.top, bottom: scale.bottom }).toEqual({ top: 150, bottom: -50 });
    // Each label's height is the height of its value: 100 is 50/200 of the way down, and so is a point of 100.
    expect(scale.position(150)).toBe(0);
    expect(scale.position(100)).toBeCloseTo(0.25);
    expect(scale.position(0)).toBeCloseTo(0.75);
    expect(scale.position(-50)).toBe(1);
    expect(scale.position(120)).toBeCloseTo(30 / 200);
  });

  it("a daily peak above the running net sets it when followers come and go", () => {
    const days = [day(0, 37, 0), day(1, 0, 36), day(2, 3, 2)];
    const scale = growthScale(days);
    expect(scale.cumulative).toEqual([37, 1, 2]);
    expect(scale.ticks).toEqual([40, 30, 20, 10, 0, -10, -20, -30, -40]);
  });

  it("every drawn value lies within the labelled range, the ticks are round and evenly spaced, and 0 is one of them", () => {
    for (const [follows, unfollows] of [[0, 0], [1, 0], [3, 9], [12, 1], [250, 3], [999, 1000], [7, 7]] as const) {
      const days = [day(0, follows, unfollows), day(1, follows, 0), day(2, 0, unfollows)];
      const scale = growthScale(days);
      const drawn = [...days.flatMap((d) => [d.follows, -d.unfollows]), ...scale.cumulative];
      for (const v of drawn) {
        expect(v, `${v} in [${scale.bottom}, ${scale.top}]`).toBeLessThanOrEqual(scale.top);
        expect(v).toBeGreaterThanOrEqual(scale.bottom);
      }
      expect(scale.ticks[0]).toBe(scale.top);
      expect(scale.ticks.at(-1)).toBe(scale.bottom);
      expect(scale.ticks).toContain(0);
      const steps = new Set(scale.ticks.slice(1).map((t, i) => scale.ticks[i]! - t));
      expect(steps.size, `${scale.ticks}`).toBe(1);
      for (const t of scale.ticks) expect(Number.isInteger(t), `${t}`).toBe(true);
      expect(scale.ticks.length).toBeLessThanOrEqual(10);
    }
  });

  it("a falling line goes below 0", () => {
    const scale = growthScale([day(0, 0, 3), day(1, 0, 2)]);
    expect(scale.cumulative).toEqual([-3, -5]);
    expect(scale.position(-5)).toBeGreaterThan(scale.position(0));
    expect(scale.bottom).toBeLessThanOrEqual(-5);
  });

  it("no days at all still makes a scale: one person up and down", () => {
    expect(growthScale([])).toMatchObject({ top: 1, bottom: -1, ticks: [1, 0, -1], cumulative: [] });
  });
});
