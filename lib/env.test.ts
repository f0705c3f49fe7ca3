import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

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
};

describe("environment", () => {
  it("accepts a complete production environment", () => {
    expect(parseEnv({ ...valid, NODE_ENV: "production" })).toMatchObject({ AUTH_URL: "https://comegongbang.kr", DATABASE_POOL_SIZE: 10 });
  });

  it("names every missing or malformed variable in one readable message", () => {
    const { AUTH_SECRET: _, ...missing } = valid;
    expect(() => parseEnv({ ...missing, NODE_ENV: "production", DATABASE_URL: "mysql://x", RESEND_API_KEY: "sk_live" })).toThrow(
      /Invalid environment[\s\S]*DATABASE_URL: must be a postgresql:\/\/ URL[\s\S]*AUTH_SECRET: missing[\s\S]*RESEND_API_KEY: must be a Resend API key/,
    );
  });
});
