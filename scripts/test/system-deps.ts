// What `npm test` needs from the machine beyond npm: Chromium for Playwright (Debian's; Playwright
// cannot download its own browser here), a Korean typeface (the app uses the device's own, and a
// bare Debian has none, so screenshots would show empty boxes) and nginx (the test balancer).
// Found → nothing happens. Missing on Debian as root → installed with apt-get. Otherwise the run
// stops at once with the one command that installs them.
import { execFileSync } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import path from "node:path";
import { run } from "../lib/proc.ts";

/** What the machine looks like; tests pass their own. */
export type Probe = {
  env: Record<string, string | undefined>;
  isExecutable(file: string): boolean;
  /** Whether fontconfig knows a font covering Korean (`fc-list :lang=ko`). */
  hasKoreanFont(): boolean;
  isRoot: boolean;
  /** Debian or a derivative, with apt-get. */
  isDebian: boolean;
};

/** Runs one command to completion (rejects on failure); tests pass a recorder. */
export type Runner = (cmd: string, args: string[], env: Record<string, string>) => Promise<void>;

// nginx lives in /usr/sbin, which a non-root PATH often lacks.
const SBIN = ["/usr/local/sbin", "/usr/sbin", "/sbin"];

/** The absolute path of an executable on PATH (or in an sbin directory), or null. */
export function findExecutable(name: string, probe: Pick<Probe, "env" | "isExecutable">): string | null {
  const dirs = [...(probe.env.PATH ?? "").split(path.delimiter).filter(Boolean), ...SBIN];
  return dirs.map((dir) => path.join(dir, name)).find((file) => probe.isExecutable(file)) ?? null;
}

/** The browser playwright.config.ts launches. */
export const chromiumPath = (env: Probe["env"]) => env.CHROMIUM_PATH ?? "/usr/bin/chromium";

type Dependency = { name: string; packages: (probe: Probe) => string[]; found(probe: Probe): boolean };

export const DEPENDENCIES: Dependency[] = [
  { name: "Chromium", packages: () => ["chromium"], found: (p) => p.isExecutable(chromiumPath(p.env)) },
  // Without fontconfig's fc-list a font cannot be seen, so it comes along when missing.
  { name: "a Korean font", packages: (p) => ["fonts-nanum", ...(findExecutable("fc-list", p) ? [] : ["fontconfig"])], found: (p) => p.hasKoreanFont() },
  { name: "nginx", packages: () => ["nginx"], found: (p) => findExecutable("nginx", p) !== null },
];

export const missingDependencies = (probe: Probe) => DEPENDENCIES.filter((d) => !d.found(probe));

export function installCommand(packages: string[], asRoot: boolean): string {
  const sudo = asRoot ? "" : "sudo ";
  return `${sudo}apt-get update && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages.join(" ")}`;
}

/** Makes sure every dependency is there, installing what it can; throws with the command to run. */
export async function ensureSystemDeps(probe: Probe = machineProbe(), runner: Runner = (cmd, args, env) => run(cmd, args, env, { quiet: true }), log = console.log): Promise<void> {
  const missing = missingDependencies(probe);
  if (missing.length === 0) {
    log(`Found ${DEPENDENCIES.map((d) => d.name).join(", ")}.`);
    return;
  }
  const names = missing.map((d) => d.name).join(", ");
  const packages = [...new Set(missing.flatMap((d) => d.packages(probe)))];
  if (!probe.isDebian) throw new Error(`Missing ${names}. Install them with your system's package manager (Debian: ${installCommand(packages, false)}), then run npm test again.`);
  if (!probe.isRoot) throw new Error(`Missing ${names}. Install them, then run npm test again:\n  ${installCommand(packages, false)}`);
  log(`Missing ${names}: installing ${packages.join(" ")} with apt-get (a minute or two)…`);
  const env = { ...(probe.env as Record<string, string>), DEBIAN_FRONTEND: "noninteractive" };
  await runner("apt-get", ["update", "-q"], env);
  await runner("apt-get", ["install", "-y", "-q", ...packages], env);
  const still = missingDependencies(probe);
  if (still.length) throw new Error(`Still missing after apt-get: ${still.map((d) => d.name).join(", ")}. Check: ${installCommand(packages, true)}`);
  log(`Installed ${packages.join(" ")}.`);
}

export function machineProbe(): Probe {
  const env = process.env;
  const isExecutable = (file: string) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  return {
    env,
    isExecutable,
    hasKoreanFont: () => {
      const fcList = findExecutable("fc-list", { env, isExecutable });
      if (!fcList) return false;
      try {
        return execFileSync(fcList, [":lang=ko", "family"], { encoding: "utf8" }).trim() !== "";
      } catch {
        return false;
      }
    },
    isRoot: process.getuid?.() === 0,
    isDebian: existsSync("/etc/debian_version") && findExecutable("apt-get", { env, isExecutable }) !== null,
  };
}
