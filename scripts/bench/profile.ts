// `--profile`: every server the bench starts runs with `--cpu-prof`; afterwards each profile is
// summarised by self time (which functions, which packages), to find where a claim's time goes.
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
type Profile = { nodes: Node[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

export type ProfileSummary = { file: string; process: string; totalMs: number; idlePct: number; topFunctions: { name: string; pct: number }[]; topPackages: { name: string; pct: number }[] };

function packageOf(url: string): string {
  if (!url) return "(native / GC / idle)";
  if (url.startsWith("node:")) return "node: internals";
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + "node_modules/".length).split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.includes("/.next-bench/") && url.includes("/chunks/")) return "app bundle (.next-bench chunks)";
  const lib = /\/(lib|scripts)\/.*$/.exec(url);
  return lib ? lib[0].slice(1) : url.replace(/^file:\/\//, "");
}

export async function summariseProfiles(dir: string, names: Map<number, string>): Promise<ProfileSummary[]> {
  const files = (await readdir(dir).catch(() => [])).filter((f) => f.endsWith(".cpuprofile"));
  const out: ProfileSummary[] = [];
  for (const file of files) {
    const profile = JSON.parse(await readFile(path.join(dir, file), "utf8")) as Profile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    const total = [...self.values()].reduce((a, b) => a + b, 0) || 1;
    const fn = new Map<string, number>();
    const pkg = new Map<string, number>();
    let idle = 0;
    for (const [id, us] of self) {
      const n = byId.get(id)!;
      const name = n.callFrame.functionName || "(anonymous)";
      if (name === "(idle)") {
        idle += us;
        continue;
      }
      const where = packageOf(n.callFrame.url);
      fn.set(`${name} — ${where}`, (fn.get(`${name} — ${where}`) ?? 0) + us);
      pkg.set(name === "(garbage collector)" ? "(garbage collector)" : where, (pkg.get(name === "(garbage collector)" ? "(garbage collector)" : where) ?? 0) + us);
    }
    const busy = total - idle || 1;
    const top = (m: Map<string, number>) =>
      [...m.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([name, us]) => ({ name, pct: Math.round((us / busy) * 1000) / 10 }));
    const pid = Number(/^CPU\.\d+\.\d+\.(\d+)\./.exec(file)?.[1]); // CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile
    out.push({ file, process: names.get(pid) ?? `pid ${pid}`, totalMs: Math.round(total / 1000), idlePct: Math.round((idle / total) * 1000) / 10, topFunctions: top(fn), topPackages: top(pkg) });
  }
  const md = out
    .map((s) =>
      [
        `## ${s.process} (${s.file})`,
        `${s.totalMs} ms profiled, ${s.idlePct} % idle. Shares below are of busy (non-idle) time.`,
        "",
        "| package / module | self % |",
        "|---|--:|",
        ...s.topPackages.map((p) => `| ${p.name} | ${p.pct} |`),
        "",
        "| function | self % |",
        "|---|--:|",
        ...s.topFunctions.map((p) => `| ${p.name.replace(/\|/g, "\\|")} | ${p.pct} |`),
      ].join("\n"),
    )
    .join("\n\n");
  await writeFile(path.join(dir, "summary.md"), `# CPU profiles\n\n${md}\n`);
  return out;
}
