// Running one stand-in on its own, `tsx scripts/stand-ins/<name>.ts --port N …` (npm run dev and
// the test stack start them in-process instead, through scripts/lib/stand-ins.ts).
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

/** Whether the module at `moduleUrl` is the file node was asked to run, not an import of it. */
export function isEntryPoint(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

/**
 * Reads `--name value` for each option (undefined default = it must be given, else `usage` and
 * exit 2), starts the stand-in, says where it listens, and closes it on SIGINT or SIGTERM.
 */
export async function runStandIn<K extends string, S extends { close(): Promise<void> }>(opts: {
  usage: string;
  defaults: Record<K, string | undefined>;
  start: (values: Record<K, string>) => Promise<S>;
  banner: (server: S, values: Record<K, string>) => string;
}): Promise<void> {
  const options = Object.fromEntries(Object.entries<string | undefined>(opts.defaults).map(([name, value]) => [name, value === undefined ? { type: "string" as const } : { type: "string" as const, default: value }]));
  const { values } = parseArgs({ options });
  if (Object.keys(opts.defaults).some((name) => typeof values[name] !== "string")) {
    console.error(`usage: ${opts.usage}`);
    process.exit(2);
  }
  const server = await opts.start(values as Record<K, string>);
  console.log(opts.banner(server, values as Record<K, string>));
  const stop = () => void server.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
