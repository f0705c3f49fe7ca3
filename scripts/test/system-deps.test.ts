// npm test's first step, on imagined machines: what it finds, installs, or asks for.
import { describe, expect, it } from "vitest";
import { ensureSystemDeps, findExecutable, machineProbe, type Probe } from "./system-deps.ts";

const EVERYTHING = ["/usr/bin/chromium", "/usr/sbin/nginx", "/usr/bin/fc-list", "/usr/bin/apt-get"];

/** A machine with these executables (and a Korean font or not); apt-get install adds packages. */
function machine(files: string[], opts: { font?: boolean; root?: boolean; debian?: boolean; PATH?: string } = {}) {
  const present = new Set(files);
  let font = opts.font ?? true;
  const commands: string[] = [];
  const probe: Probe = {
    env: { PATH: opts.PATH ?? "/usr/local/bin:/usr/bin:/bin" },
    isExecutable: (file) => present.has(file),
    hasKoreanFont: () => font && present.has("/usr/bin/fc-list"),
    isRoot: opts.root ?? true,
    isDebian: opts.debian ?? true,
  };
  const runner = async (cmd: string, args: string[], env: Record<string, string>) => {
    commands.push([cmd, ...args].join(" "));
    expect(env.DEBIAN_FRONTEND).toBe("noninteractive");
    if (args[0] !== "install") return;
    if (args.includes("chromium")) present.add("/usr/bin/chromium");
    if (args.includes("nginx")) present.add("/usr/sbin/nginx");
    if (args.includes("fontconfig")) present.add("/usr/bin/fc-list");
    if (args.includes("fonts-nanum")) font = true;
  };
  const lines: string[] = [];
  return { probe, commands, lines, ensure: () => ensureSystemDeps(probe, runner, (line) => lines.push(line)) };
}

describe("npm test's system packages", () => {
  it("does nothing when Chromium, a Korean font and nginx are there", async () => {
    const m = machine(EVERYTHING);
    await m.ensure();
    expect(m.commands).toEqual([]);
    expect(m.lines.join("\n")).toContain("Found Chromium, a Korean font, nginx");
  });

  it("finds nginx in /usr/sbin even when PATH lacks it", () => {
    expect(findExecutable("nginx", machine(EVERYTHING, { PATH: "/usr/bin:/bin" }).probe)).toBe("/usr/sbin/nginx");
    expect(findExecutable("nginx", machine(["/usr/bin/chromium"]).probe)).toBeNull();
  });

  it("on Debian as root, installs only what is missing, after one apt-get update", async () => {
    const m = machine(["/usr/bin/fc-list", "/usr/bin/apt-get"], { font: false });
    await m.ensure();
    expect(m.commands).toEqual(["apt-get update -q", "apt-get install -y -q chromium fonts-nanum nginx"]);
    expect(m.lines.join("\n")).toMatch(/Missing Chromium, a Korean font, nginx: installing chromium fonts-nanum nginx/);
  });

  it("brings fontconfig along when fc-list is missing, or no font could ever be seen", async () => {
    const m = machine(["/usr/bin/chromium", "/usr/sbin/nginx", "/usr/bin/apt-get"], { font: false });
    await m.ensure();
    expect(m.commands).toEqual(["apt-get update -q", "apt-get install -y -q fonts-nanum fontconfig"]);
  });

  it("without root, stops at once with the one command to run", async () => {
    const m = machine(["/usr/bin/fc-list", "/usr/sbin/nginx"], { root: false });
    await expect(m.ensure()).rejects.toThrow("sudo apt-get update && sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium");
    expect(m.commands).toEqual([]);
  });

  it("off Debian, names what is missing and installs nothing", async () => {
    const m = machine(["/usr/bin/chromium", "/usr/bin/fc-list"], { debian: false });
    await expect(m.ensure()).rejects.toThrow(/^Missing nginx\./);
    expect(m.commands).toEqual([]);
  });

  it("fails clearly when apt-get ran but something is still missing", async () => {
    const m = machine(EVERYTHING, { font: false });
    const probe = { ...m.probe, hasKoreanFont: () => false };
    await expect(ensureSystemDeps(probe, async () => {}, () => {})).rejects.toThrow(/Still missing after apt-get: a Korean font/);
  });

  it("the real probe answers for this machine without throwing", () => {
    const probe = machineProbe();
    expect(findExecutable("sh", probe)).toMatch(/\/sh$/);
    expect(typeof probe.hasKoreanFont()).toBe("boolean");
  });
});
