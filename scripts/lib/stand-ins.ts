// Starts the local stand-in for every vendor the environment does not configure, and says
// where each one is. Production configures all of them, so none start there.
import { startKakaoOAuth, type KakaoOAuth } from "../stand-ins/kakao-oauth.ts";
import { startMailOutbox, type MailOutbox } from "../stand-ins/mail-outbox.ts";
import { startTossPayments, type TossPayments } from "../stand-ins/toss-payments.ts";
import { startUpstashGateway, type UpstashGateway } from "../stand-ins/upstash-gateway.ts";
import type { LocalEnv, LocalPorts } from "./local-env.ts";

export const LOCAL_CREDENTIALS = {
  upstashToken: "local-upstash-token",
  resendKey: "re_local_outbox",
  kakaoClientId: "local-kakao-client",
  kakaoClientSecret: "local-kakao-secret",
  // Toss's test keys start test_ck_ / test_sk_; these are the stand-in's own.
  tossClientKey: "test_ck_local_stand_in",
  tossSecretKey: "test_sk_local_stand_in",
} as const;

export type StandIns = {
  /** Environment additions pointing the app at what was started. */
  env: LocalEnv;
  started: { name: string; url: string }[];
  upstash?: UpstashGateway;
  mail?: MailOutbox;
  kakao?: KakaoOAuth;
  toss?: TossPayments;
  stop(): Promise<void>;
};

export async function startMissingStandIns(env: LocalEnv, opts: { ports: LocalPorts; redisUrl: string; host?: string }): Promise<StandIns> {
  const result: StandIns = { env: {}, started: [], stop: async () => {} };
  const stops: (() => Promise<void>)[] = [];
  const host = opts.host ?? "127.0.0.1";
  try {
    if (!env.UPSTASH_REDIS_REST_URL) {
      const upstash = await startUpstashGateway({ host, port: opts.ports.upstash, redisUrl: opts.redisUrl, token: LOCAL_CREDENTIALS.upstashToken });
      stops.push(() => upstash.close());
      result.upstash = upstash;
      result.env.UPSTASH_REDIS_REST_URL = upstash.url;
      result.env.UPSTASH_REDIS_REST_TOKEN = LOCAL_CREDENTIALS.upstashToken;
      result.started.push({ name: `Upstash gateway → ${opts.redisUrl}`, url: upstash.url });
    }
    if (!env.RESEND_API_KEY) {
      const mail = await startMailOutbox({ host, port: opts.ports.mail });
      stops.push(() => mail.close());
      result.mail = mail;
      result.env.RESEND_API_KEY = LOCAL_CREDENTIALS.resendKey;
      result.env.RESEND_BASE_URL = mail.url;
      result.started.push({ name: "Resend outbox (caught mail)", url: mail.url });
    }
    if (!env.AUTH_KAKAO_ID) {
      const kakao = await startKakaoOAuth({
        host,
        port: opts.ports.kakao,
        clientId: LOCAL_CREDENTIALS.kakaoClientId,
        clientSecret: LOCAL_CREDENTIALS.kakaoClientSecret,
      });
      stops.push(() => kakao.close());
      result.kakao = kakao;
      result.env.AUTH_KAKAO_ID = LOCAL_CREDENTIALS.kakaoClientId;
      result.env.AUTH_KAKAO_SECRET = LOCAL_CREDENTIALS.kakaoClientSecret;
      result.env.AUTH_KAKAO_BASE_URL = kakao.url;
      result.started.push({ name: "Kakao OAuth", url: kakao.url });
    }
    if (!env.TOSS_SECRET_KEY) {
      const toss = await startTossPayments({ host, port: opts.ports.toss, clientKey: LOCAL_CREDENTIALS.tossClientKey, secretKey: LOCAL_CREDENTIALS.tossSecretKey });
      stops.push(() => toss.close());
      result.toss = toss;
      result.env.TOSS_CLIENT_KEY = LOCAL_CREDENTIALS.tossClientKey;
      result.env.TOSS_SECRET_KEY = LOCAL_CREDENTIALS.tossSecretKey;
      result.env.TOSS_API_URL = toss.url;
      result.env.TOSS_SDK_URL = toss.sdkUrl;
      result.started.push({ name: "Toss Payments (API, JS SDK, payment window)", url: toss.url });
    }
  } catch (error) {
    await Promise.all(stops.map((stop) => stop()));
    const inUse = (error as NodeJS.ErrnoException).code === "EADDRINUSE";
    throw new Error(inUse ? `A stand-in port is taken (${(error as Error).message}). Is another \`npm run dev\` running?` : (error as Error).message);
  }
  result.stop = async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
  return result;
}
