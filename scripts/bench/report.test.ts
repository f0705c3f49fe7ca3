import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../lib/local-env.ts";
import { tables, writeOutputs, type Results } from "./report.ts";

let dir: string;
let results: Results;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "bench-report-"));
  results = JSON.parse(await readFile(path.join(ROOT, "bench/results.json"), "utf8")) as Results;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("bench output", () => {
  it("writes results.json, chart.svg and latest.md of its own and leaves the README's prose alone", async () => {
    // The old writer replaced whatever stood between these markers in README.md.
    const readme = "# bench\n\nProse.\n\n<!-- latest:start -->\nhand-written\n<!-- latest:end -->\n";
    await writeFile(path.join(dir, "README.md"), readme);
    await writeOutputs(results, dir);
    expect(await readFile(path.join(dir, "README.md"), "utf8")).toBe(readme);
    expect(JSON.parse(await readFile(path.join(dir, "results.json"), "utf8"))).toEqual(results);
    expect(await readFile(path.join(dir, "chart.svg"), "utf8")).toMatch(/^<svg/);
    const latest = await readFile(path.join(dir, "latest.md"), "utf8");
    expect(latest).toContain(tables(results));
    expect(latest).toContain("[README.md](README.md)");
  });

  it("bench/README.md links the latest results instead of holding them", async () => {
    const readme = await readFile(path.join(ROOT, "bench/README.md"), "utf8");
    expect(readme).not.toContain("<!-- latest:");
    expect(readme).toContain("[latest.md](latest.md)");
  });
});
