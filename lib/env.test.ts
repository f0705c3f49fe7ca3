import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { DEV_PORTS, localDefaults, ROOT } from "../scripts/lib/local-env";

const valid = {
  DATABASE_URL: "postgresql://u@db:5432/shop",
  AUTH_SECRET: "x".repeat(40),
  AUTH_URL: "https://comegongbang.kr",
  AUTH_KAKAO_ID: "id",
  AUTH_KAKAO_SECRET: "secret",
  UPSTASH_REDIS_REST_URL: "https://eu1.upstash.io",
  UPSTASH_REDIS_REST_TOKEN: "token",
  RESEND_API_KEY: "re_123",
  MAIL_FROM: "컴공방 <no-reply@comegongbang.kr>",
  TOSS_CLIENT_KEY: "live_ck_x",
  TOSS_SECRET_KEY: "live_sk_x",
};

describe("environment", () => {
  it("accepts a complete production environment", () => {
    expect(parseEnv({ ...valid, NODE_ENV: "production" })).toMatchObject({ AUTH_URL: "https://comegongbang.kr", DATABASE_POOL_SIZE: 10 });
  });

  it("admits 100 claims per second per event unless COUPON_ADMISSION_RATE says otherwise, a whole number ≥ 1", () => {
    const production = { ...valid, NODE_ENV: "production" as const };
    expect(parseEnv(production).COUPON_ADMISSION_RATE).toBe(100);
    expect(parseEnv({ ...production, COUPON_ADMISSION_RATE: "400" }).COUPON_ADMISSION_RATE).toBe(400);
    for (const bad of ["0", "fast", "2.5"]) expect(() => parseEnv({ ...production, COUPON_ADMISSION_RATE: bad })).toThrow(/COUPON_ADMISSION_RATE/);
  });

  it("names every missing or malformed variable in one readable message", () => {
    const { AUTH_SECRET: _, ...missing } = valid;
    expect(() => parseEnv({ ...missing, NODE_ENV: "production", DATABASE_URL: "mysql://x", RESEND_API_KEY: "sk_live" })).toThrow(
      /Invalid environment[\s\S]*DATABASE_URL: must be a postgresql:\/\/ URL[\s\S]*AUTH_SECRET: missing[\s\S]*RESEND_API_KEY: must be a Resend API key/,
    );
  });
});

describe("production start refuses what belongs on a developer's machine", () => {
  const production = { ...valid, NODE_ENV: "production" as const };
  const devSecret = localDefaults({ ports: DEV_PORTS, database: "x" }).AUTH_SECRET!;
  const dockerSecret = /AUTH_SECRET=(\S+)/.exec(readFileSync(`${ROOT}/Dockerfile`, "utf8"))![1]!;

  it("refuses the AUTH_SECRETs published in this repository, whatever else is allowed", () => {
    for (const secret of [devSecret, dockerSecret]) {
      expect(() => parseEnv({ ...production, AUTH_SECRET: secret })).toThrow(/AUTH_SECRET: is a placeholder/);
      expect(() => parseEnv({ ...production, AUTH_SECRET: secret, ALLOW_LOCAL_SERVICES: "1" })).toThrow(/AUTH_SECRET: is a placeholder/);
    }
  });

  it("refuses an http AUTH_URL", () => {
    expect(() => parseEnv({ ...production, AUTH_URL: "http://comegongbang.kr" })).toThrow(/AUTH_URL: must be https in production/);
  });

  it.each([
    "http://eu1.upstash.io",
    "https://localhost:8079",
    "https://redis.localhost",
    "https://127.0.0.1",
    "https://2130706433", // 127.0.0.1, as the URL parser reads it
    "https://[::1]:8079",
    "https://[::ffff:127.0.0.1]",
    "https://[fd12::1]",
    "https://10.1.2.3",
    "https://172.20.0.5",
    "https://192.168.1.10",
    "https://169.254.169.254",
    "https://0.0.0.0",
  ])("refuses stand-in service URLs such as %s", (url) => {
    for (const name of ["AUTH_KAKAO_BASE_URL", "RESEND_BASE_URL", "UPSTASH_REDIS_REST_URL", "TOSS_API_URL", "TOSS_SDK_URL"]) {
      expect(() => parseEnv({ ...production, [name]: url }), name).toThrow(new RegExp(`${name}: (must be https|points at a local or private host)`));
    }
  });

  it("accepts public https services, and local ones with ALLOW_LOCAL_SERVICES=1", () => {
    expect(() => parseEnv({ ...production, AUTH_KAKAO_BASE_URL: "https://kauth.kakao.com", RESEND_BASE_URL: "https://api.resend.com", UPSTASH_REDIS_REST_URL: "https://172.32.0.1" })).not.toThrow();
    const local = { AUTH_URL: "http://localhost:3000", AUTH_KAKAO_BASE_URL: "http://127.0.0.1:8090", RESEND_BASE_URL: "http://127.0.0.1:8025", UPSTASH_REDIS_REST_URL: "http://10.0.0.7:8079" };
    expect(() => parseEnv({ ...production, ...local })).toThrow(/AUTH_URL[\s\S]*AUTH_KAKAO_BASE_URL[\s\S]*RESEND_BASE_URL[\s\S]*UPSTASH_REDIS_REST_URL/);
    expect(parseEnv({ ...production, ...local, ALLOW_LOCAL_SERVICES: "1" })).toMatchObject(local);
  });

  it("applies neither during `next build` nor outside production", () => {
    const placeholders = { AUTH_SECRET: dockerSecret, AUTH_URL: "http://localhost:3000", UPSTASH_REDIS_REST_URL: "http://127.0.0.1:8079" };
    expect(() => parseEnv({ ...production, ...placeholders, NEXT_PHASE: "phase-production-build" })).not.toThrow();
    expect(() => parseEnv({ ...valid, ...placeholders, AUTH_SECRET: devSecret, NODE_ENV: "development" })).not.toThrow();
  });

  it("ALLOW_LOCAL_SERVICES takes 0 or 1, so a typo is not silently a refusal or a permission", () => {
    expect(() => parseEnv({ ...production, ALLOW_LOCAL_SERVICES: "yes" })).toThrow(/ALLOW_LOCAL_SERVICES/);
  });

  it("holds advertising at night unless mail goes to a local outbox (ADVERTISING_QUIET_HOURS=off), whatever else is allowed", () => {
    expect(parseEnv(production).ADVERTISING_QUIET_HOURS).toEqual({ from: 21, until: 8 });
    for (const resend of [{}, { RESEND_BASE_URL: "https://api.resend.com" }]) {
      for (const shorter of ["off", "22-08", "21-07", "09-18"]) {
        expect(() => parseEnv({ ...production, ...resend, ADVERTISING_QUIET_HOURS: shorter, ALLOW_LOCAL_SERVICES: "1" })).toThrow(/ADVERTISING_QUIET_HOURS: may be off or miss some of 21–08 only/);
      }
    }
    // A longer hold is a shop's choice.
    expect(parseEnv({ ...production, ADVERTISING_QUIET_HOURS: "20-09" }).ADVERTISING_QUIET_HOURS).toEqual({ from: 20, until: 9 });
    const outbox = { RESEND_BASE_URL: "http://127.0.0.1:8025", ALLOW_LOCAL_SERVICES: "1" };
    expect(parseEnv({ ...production, ...outbox, ADVERTISING_QUIET_HOURS: "off" }).ADVERTISING_QUIET_HOURS).toBeNull();
    expect(parseEnv({ ...production, ...outbox, ADVERTISING_QUIET_HOURS: "13-14" }).ADVERTISING_QUIET_HOURS).toEqual({ from: 13, until: 14 });
    for (const typo of ["never", "21-21", "21-24", "21:00-08:00"]) {
      expect(() => parseEnv({ ...production, ADVERTISING_QUIET_HOURS: typo })).toThrow(/ADVERTISING_QUIET_HOURS: must be on, off or KST hours/);
    }
  });

  it("takes the job queue's schema as a PostgreSQL name only", () => {
    expect(parseEnv(production).JOB_QUEUE_SCHEMA).toBe("pgboss");
    expect(parseEnv({ ...production, JOB_QUEUE_SCHEMA: "pgboss_staging" }).JOB_QUEUE_SCHEMA).toBe("pgboss_staging");
    expect(() => parseEnv({ ...production, JOB_QUEUE_SCHEMA: 'pgboss"; DROP' })).toThrow(/JOB_QUEUE_SCHEMA/);
  });
});
