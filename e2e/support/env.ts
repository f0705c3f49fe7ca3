// Where the parts of a test run are; `npm test` (scripts/test.ts) sets these.
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run through \`npm test\` or scripts/test/serve.ts`);
  return value;
}

export const testEnv = {
  get appUrl() {
    return required("APP_URL");
  },
  get mailUrl() {
    return required("RESEND_BASE_URL");
  },
  get kakaoUrl() {
    return required("AUTH_KAKAO_BASE_URL");
  },
  /** The app instances behind the balancer, for requests that carry their own X-Forwarded-For. */
  get instanceUrls() {
    return required("APP_INSTANCE_URLS").split(",");
  },
  get databaseUrl() {
    return required("DATABASE_URL");
  },
  get redisUrl() {
    return required("TEST_REDIS_URL");
  },
  /** Toss's JS SDK as the payment page loads it (the stand-in's look-alike). */
  get tossSdkUrl() {
    return required("TOSS_SDK_URL");
  },
};

/** A fresh address per call, so tests never collide with each other or earlier runs. */
export function uniqueEmail(prefix = "t"): string {
  return `${prefix}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}@example.com`;
}

/** A nickname that passes the rules (2–20 characters) and is unique. */
export function uniqueNickname(prefix = "테스터"): string {
  return `${prefix}${Math.random().toString(36).slice(2, 9)}`;
}

export const DEMO_PASSWORD = "gongbang-demo-1";
export const STRONG_PASSWORD = "도자기-굽는-주말-2026";

/** The signup agreements a new member must give (이용약관, 개인정보, 만 14세), without 광고성 정보 수신. */
export const REQUIRED_AGREEMENTS = { terms: true, privacy: true, age14: true } as const;
