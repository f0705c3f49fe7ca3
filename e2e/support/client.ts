// A cookie-keeping HTTP client for the app: what a browser does, minus the browser. Each
// instance is one browser profile; `cookieHeader()` lets a test replay a saved cookie.
import { REQUIRED_AGREEMENTS, testEnv } from "./env";
import { tokenFrom, waitForMail } from "./mail";

export class AppClient {
  private cookies = new Map<string, string>();

  /**
   * `via`: another base URL (an instance past the balancer); `forwardedFor`: an X-Forwarded-For
   * to send, which such an instance (one trusted proxy) takes as the client's address.
   */
  constructor(private readonly opts: { via?: string; forwardedFor?: string } = {}) {}

  async request(path: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", this.cookieHeader());
    if (this.opts.forwardedFor) headers.set("x-forwarded-for", this.opts.forwardedFor);
    let body = init.body;
    if (init.json !== undefined) {
      headers.set("content-type", "application/json");
      body = JSON.stringify(init.json);
    }
    const response = await fetch(new URL(path, this.opts.via ?? testEnv.appUrl), { ...init, body, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const [name, ...value] = pair!.split("=");
      const expired = attributes.some((a) => /^\s*max-age=0/i.test(a) || /expires=Thu, 01 Jan 1970/i.test(a));
      if (expired) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value.join("="));
    }
    return response;
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  setCookieHeader(header: string): void {
    this.cookies = new Map(header.split("; ").filter(Boolean).map((pair) => pair.split("=", 2) as [string, string]));
  }

  sessionCookie(): string | undefined {
    return this.cookies.get("authjs.session-token");
  }

  async csrfToken(): Promise<string> {
    return ((await (await this.request("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
  }

  /**
   * Logs in through Auth.js's Credentials callback, as the login form's server action does.
   * Returns where Auth.js redirected: the callback URL on success, /login?error=…&code=… if not.
   */
  async login(email: string, password: string, callbackUrl = "/"): Promise<URL> {
    const csrfToken = await this.csrfToken();
    const response = await this.request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl }).toString(),
    });
    return new URL(response.headers.get("location") ?? "/", testEnv.appUrl);
  }

  async logout(): Promise<Response> {
    const csrfToken = await this.csrfToken();
    return this.request("/api/auth/signout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, callbackUrl: "/" }).toString(),
    });
  }

  json(path: string, method: string, json?: unknown): Promise<Response> {
    return this.request(path, { method, json });
  }
}

/** Signs a new member up through the API and clicks the mailed link; returns their address. */
export async function signUpVerified(email: string, nickname: string, password: string): Promise<void> {
  const client = new AppClient();
  const signup = await client.json("/api/auth/signup", "POST", { email, nickname, password, agreements: REQUIRED_AGREEMENTS });
  if (signup.status !== 202) throw new Error(`signup answered ${signup.status}: ${await signup.text()}`);
  const token = tokenFrom(await waitForMail(email, "인증"), "/verify-email");
  const verify = await client.json("/api/auth/verify-email", "POST", { token });
  if (verify.status !== 200) throw new Error(`verify answered ${verify.status}`);
}

/** A signed-in client for a fresh, verified member. */
export async function newMember(email: string, nickname: string, password: string): Promise<AppClient> {
  await signUpVerified(email, nickname, password);
  const client = new AppClient();
  const landed = await client.login(email, password);
  if (landed.pathname === "/login") throw new Error(`login failed: ${landed.search}`);
  return client;
}
