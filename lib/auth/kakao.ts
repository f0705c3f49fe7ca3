import "server-only";
import { customFetch } from "next-auth";
import Kakao from "next-auth/providers/kakao";
import { env } from "@/lib/env";

/** The part of Kakao's /v2/user/me answer we use. */
type KakaoProfile = {
  id: number;
  kakao_account?: {
    email?: string;
    is_email_valid?: boolean;
    is_email_verified?: boolean;
    profile?: { nickname?: string; profile_image_url?: string; is_default_image?: boolean };
  };
};

const KAKAO_TIMEOUT_MS = 5_000;

/**
 * Auth.js sets no timeout on Kakao's token and user-info calls and does not check the
 * user-info status; a hanging or failing Kakao must end the login with an error instead.
 */
async function kakaoFetch(...args: Parameters<typeof fetch>): Promise<Response> {
  const [input, init] = args;
  const response = await fetch(input, { ...init, signal: AbortSignal.timeout(KAKAO_TIMEOUT_MS) });
  if (!response.ok && String(input instanceof Request ? input.url : input).endsWith("/v2/user/me")) {
    throw new Error(`Kakao user-info answered ${response.status}`);
  }
  return response;
}

// One base URL can stand in for both of Kakao's hosts (the local stand-in does).
const authBase = env.AUTH_KAKAO_BASE_URL ?? "https://kauth.kakao.com";
const apiBase = env.AUTH_KAKAO_BASE_URL ?? "https://kapi.kakao.com";

export const kakaoProvider = Kakao({
  clientId: env.AUTH_KAKAO_ID,
  clientSecret: env.AUTH_KAKAO_SECRET,
  // "?scope" with no value: Kakao rejects the OIDC scopes Auth.js would otherwise add.
  authorization: `${authBase}/oauth/authorize?scope`,
  token: `${authBase}/oauth/token`,
  userinfo: `${apiBase}/v2/user/me`,
  // PKCE and state: both live in short-lived cookies, so any instance can finish a login
  // another instance started (no sticky sessions), and a tampered callback is refused.
  checks: ["pkce", "state"],
  [customFetch]: kakaoFetch,
  profile(profile: KakaoProfile) {
    const account = profile.kakao_account;
    // Only an address Kakao has verified identifies the member; otherwise none.
    const email = account?.email && account.is_email_verified && account.is_email_valid !== false ? account.email.toLowerCase() : null;
    return {
      id: String(profile.id),
      name: account?.profile?.nickname ?? null,
      email,
      image: account?.profile?.is_default_image ? null : (account?.profile?.profile_image_url ?? null),
    };
  },
});
