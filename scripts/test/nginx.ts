// nginx as the load balancer of a test or bench run, with the configuration production uses
// (nginx.conf.template at the repository root). Each run gets its own prefix in a temp folder
// (config, pid, temp files, cache), listens on loopback only and runs as the current user, so
// two test slots run side by side and nothing under /var or /run is touched.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ROOT } from "../lib/local-env.ts";
import { startServer, waitForHttp, type Server } from "../lib/proc.ts";
import { findExecutable, machineProbe } from "./system-deps.ts";

export const NGINX_TEMPLATE = path.join(ROOT, "nginx.conf.template");

/** The per-environment parts of the template, as nginx lines. */
export type SiteParts = { listen: string[]; upstreams: string[]; cacheDir: string };

/** The template with its {{…}} parts filled in; throws if the template and the parts disagree. */
export function renderSite(template: string, parts: SiteParts): string {
  const values: Record<string, string> = {
    LISTEN: parts.listen.join("\n    "),
    UPSTREAMS: parts.upstreams.join("\n    "),
    CACHE_DIR: parts.cacheDir,
  };
  for (const name of Object.keys(values)) if (!template.includes(`{{${name}}}`)) throw new Error(`${NGINX_TEMPLATE} has no {{${name}}}`);
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    if (!(name in values)) throw new Error(`${NGINX_TEMPLATE}: unknown placeholder ${whole}`);
    return values[name]!;
  });
}

/**
 * What a distribution's /etc/nginx/nginx.conf provides around the site file, for a run that
 * owns nothing but `dir`: every path nginx would otherwise take from its build (/var/lib/nginx,
 * /var/log/nginx, /run/nginx.pid) points into it.
 */
function mainConfig(dir: string): string {
  // A master started as root would switch its workers to `nobody`, who cannot read `dir`.
  const user = process.getuid?.() === 0 ? `user ${os.userInfo().username};\n` : "";
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `    ${kind}_temp_path ${path.join(dir, kind)};`).join("\n");
  return `${user}worker_processes auto;
pid ${path.join(dir, "nginx.pid")};
error_log stderr error;
events { worker_connections 1024; }
http {
    access_log off;
${temp}
    include ${path.join(dir, "site.conf")};
}
`;
}

const tempPrefix = (port: number) => `comegongbang-nginx-${port}-`;

async function removeStale(port: number, current: string): Promise<void> {
  const stale = (await readdir(os.tmpdir())).filter((name) => name.startsWith(tempPrefix(port)) && path.join(os.tmpdir(), name) !== current);
  await Promise.all(stale.map((name) => rm(path.join(os.tmpdir(), name), { recursive: true, force: true })));
}

export type Nginx = { url: string; server: Server; stop(): Promise<void> };

/** Starts nginx on loopback `port` in front of `upstreams` (host:port each); resolves once it answers. */
export async function startNginx(opts: { port: number; upstreams: string[] }): Promise<Nginx> {
  const nginx = findExecutable("nginx", machineProbe());
  if (!nginx) throw new Error("nginx is not installed: npm test installs it, or run `apt-get install nginx`");
  const dir = await mkdtemp(path.join(os.tmpdir(), tempPrefix(opts.port)));
  const site = renderSite(await readFile(NGINX_TEMPLATE, "utf8"), {
    listen: [`listen 127.0.0.1:${opts.port};`, `listen [::1]:${opts.port};`],
    upstreams: opts.upstreams.map((u) => `server ${u};`),
    cacheDir: path.join(dir, "cache"),
  });
  await writeFile(path.join(dir, "site.conf"), site);
  await writeFile(path.join(dir, "nginx.conf"), mainConfig(dir));
  // Its own process group, so stop() also ends the workers; gone with this process if it dies.
  const args = ["-g", "daemon off;", "-p", dir, "-e", "stderr", "-c", path.join(dir, "nginx.conf")];
  const server = startServer(`nginx:${opts.port}`, nginx, args, { PATH: process.env.PATH ?? "" }, { dieWithParent: true });
  const stop = async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
  const url = `http://localhost:${opts.port}`;
  const exited = server.exited.then((code) => Promise.reject(new Error(`nginx on ${opts.port} exited (${code}) before answering; its errors are above`)));
  try {
    await Promise.race([waitForHttp(url, 10_000), exited]);
  } catch (error) {
    await stop();
    throw error;
  }
  // The port is ours now: any other folder for it is a killed run's.
  await removeStale(opts.port, dir);
  return { url, server, stop };
}
