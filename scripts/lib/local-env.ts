// The environment of a local run (dev or test). The app reads only its environment; this is
// where a local run decides what that environment is: anything the developer configured
// (shell, .env.local, .env) wins, and whatever is missing points at the local stand-ins.
import { existsSync } from "node:fs";
import path from "node:path";
import { config as loadDotenv } from "dotenv";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export type LocalEnv = Record<string, string>;

/** Loads .env.local then .env (without overriding the shell), like Next.js does. */
export function loadProjectEnv(): void {
  for (const file of [".env.local", ".env"]) {
    const full = path.join(ROOT, file);
    if (existsSync(full)) loadDotenv({ path: full, quiet: true });
  }
}

export type LocalPorts = { app: number; upstash: number; mail: number; kakao: number; toss: number };

export const DEV_PORTS: LocalPorts = { app: 3000, upstash: 8079, mail: 8025, kakao: 8090, toss: 8070 };

/** Values that are safe defaults on a developer machine and nowhere else. */
export function localDefaults(opts: { ports: LocalPorts; database: string }): LocalEnv {
  return {
    DATABASE_URL: `postgresql://postgres@127.0.0.1:5432/${opts.database}`,
    // Dev only: production must set its own (openssl rand -base64 32). lib/env.ts refuses short ones.
    AUTH_SECRET: "local-development-secret-do-not-use-in-production",
    AUTH_URL: `http://localhost:${opts.ports.app}`,
    MAIL_FROM: "컴공방 <no-reply@comegongbang.local>",
  };
}

/** process.env with defaults filled in for whatever is unset. */
export function withDefaults(defaults: LocalEnv): LocalEnv {
  const merged: LocalEnv = { ...defaults };
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) merged[key] = value;
  return merged;
}
