// The link to the login page: where it comes back to (checked again there, lib/callback-url.ts)
// and why the visitor was sent. Apart from the check, which only the server and the sign-up
// forms need: a toggle or the claim box that sends a visitor to log in carries just this.

/** What sent a visitor to log in, so the login page can say why (app/login/page.tsx). */
export const LOGIN_REASONS = {
  like: "찜하려면 로그인해 주세요.",
  follow: "작가를 팔로우하려면 로그인해 주세요.",
  reminder: "오픈 알림을 받으려면 로그인해 주세요.",
  claim: "쿠폰을 받으려면 로그인해 주세요. 로그인하면 이 이벤트로 돌아와 바로 받아요.",
  cart: "장바구니에 담으려면 로그인해 주세요. 로그인하면 이 작품으로 돌아와 담아 드려요.",
  buy: "바로 구매하려면 로그인해 주세요. 로그인하면 이 작품의 주문/결제로 이어져요.",
} as const;
export type LoginReason = keyof typeof LOGIN_REASONS;

/**
 * The login page that comes back to `callbackUrl` (left out when it is the home page, the login
 * page's own default), saying why the visitor was sent there, or that their email was verified.
 */
export function loginHref(callbackUrl: string, reason?: LoginReason | "verified"): string {
  const query = new URLSearchParams();
  if (callbackUrl !== "/") query.set("callbackUrl", callbackUrl);
  if (reason === "verified") query.set("verified", "1");
  else if (reason) query.set("reason", reason);
  return query.size ? `/login?${query}` : "/login";
}

/** A `reason` query value the login page knows, else null (anything else says nothing). */
export function loginReasonOf(value: unknown): LoginReason | null {
  return typeof value === "string" && Object.hasOwn(LOGIN_REASONS, value) ? (value as LoginReason) : null;
}
