// Kakao sign-in over HTTP through the Kakao stand-in, as a browser would: Auth.js's signin
// POST, the stand-in's authorize form (a new test user), then our callback.
import type { AppClient } from "./client";
import { testEnv } from "./env";

export const kakaoId = () => 500_000 + Math.floor(Math.random() * 4_000_000);

/**
 * Signs `client` in with a Kakao test user (without email); signed in already, this is the
 * 마이페이지 link. Returns where our callback sent the browser.
 */
export async function kakaoSignIn(client: AppClient, user: { id: number; nickname: string }, callbackUrl = "/mypage/account?kakao=linked"): Promise<URL> {
  const csrfToken = await client.csrfToken();
  const start = await client.request("/api/auth/signin/kakao", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl }).toString(),
  });
  const authorize = new URL(start.headers.get("location") ?? "");
  if (!authorize.href.startsWith(testEnv.kakaoUrl)) throw new Error(`signin/kakao went to ${authorize.href}`);
  const form = new URLSearchParams(authorize.searchParams);
  form.set("action", "custom");
  form.set("custom_id", String(user.id));
  form.set("custom_nickname", user.nickname);
  const chosen = await fetch(authorize.origin + authorize.pathname, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: form.toString(),
    redirect: "manual",
  });
  const callback = new URL(chosen.headers.get("location") ?? "");
  const landed = await client.request(callback.pathname + callback.search);
  return new URL(landed.headers.get("location") ?? "/", testEnv.appUrl);
}
