/**
 * Local stand-in for Kakao Login (kauth.kakao.com + kapi.kakao.com).
 *
 * Auth.js's Kakao provider runs unchanged against it; the app only swaps the
 * three endpoint URLs for `${AUTH_KAKAO_BASE_URL}/oauth/authorize`, `/oauth/token`
 * and `/v2/user/me`. What Auth.js (@auth/core 0.41 + oauth4webapi 3) relies on,
 * and therefore what this server is careful about:
 * - the authorization response must NOT carry `iss`: Auth.js has no issuer for
 *   Kakao and oauth4webapi rejects an `iss` that differs from its placeholder;
 * - `state` is echoed only when sent (Auth.js sends none for Kakao by default);
 * - PKCE S256 is always sent by Auth.js and verified here;
 * - the token answer must be a 200 JSON object with string `access_token` and
 *   `token_type` "bearer", and must NOT contain `id_token` (it would be validated
 *   as OIDC and fail); errors are `{ error, error_description }` JSON;
 * - the userinfo answer is read with `response.json()` without a status check.
 */
import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { type AddressInfo } from "node:net";
import { z } from "zod";
import { isEntryPoint, runStandIn } from "./command-line.ts";

export interface KakaoTestUser {
  id: number;
  nickname: string;
  profileImage?: string;
  email?: string;
  /** Defaults to false: an email is only trusted when explicitly marked verified. */
  emailVerified?: boolean;
  /** Defaults to true. */
  emailValid?: boolean;
}
export type KakaoStep = "authorize" | "token" | "userinfo";
export type KakaoFailMode = "error" | "timeout" | "none";
export interface KakaoOAuthOptions {
  port?: number;
  host?: string;
  clientId: string;
  clientSecret: string;
  users?: KakaoTestUser[];
}
export interface KakaoOAuth {
  url: string;
  close(): Promise<void>;
  users(): KakaoTestUser[];
  /** Adds the user, or replaces the one with the same id. */
  addUser(u: KakaoTestUser): void;
  /** `times` = how many requests fail before the step works again; default: until reset. */
  fail(step: KakaoStep, mode: KakaoFailMode, times?: number): void;
  /** Clears failure injection and restores the initial users. */
  reset(): void;
}

export const DEFAULT_KAKAO_USERS: readonly KakaoTestUser[] = [
  { id: 1001, nickname: "카카오쇼퍼", email: "kakao.shopper@example.com", emailVerified: true },
  { id: 1002, nickname: "이메일없는카카오" },
  { id: 1003, nickname: "미인증카카오", email: "kakao.unverified@example.com", emailVerified: false },
  // Same address as an email/password account in the app's demo data, to test account linking.
  { id: 1004, nickname: "겹치는이메일", email: "shopper@example.com", emailVerified: true },
];

const CODE_TTL_MS = 60_000;
const ACCESS_TOKEN_TTL_S = 21_599;
const REFRESH_TOKEN_TTL_S = 5_183_999;
const SCOPE = "profile_nickname profile_image account_email";
// The consent items our Kakao app is configured with. Anything else (notably the
// OIDC default "openid profile email" Auth.js adds when no scope is given) makes
// real Kakao stop with KOE205, so the stand-in does too.
const GRANTABLE_SCOPES = new Set(SCOPE.split(" "));
const MAX_BODY_BYTES = 1024 * 1024;
// What Kakao returns for accounts that never set a profile picture.
const DEFAULT_IMAGE = "http://img1.kakaocdn.net/thumb/R640x640.q70/?fname=http://t1.kakaocdn.net/account_images/default_profile.jpeg";
const DEFAULT_THUMBNAIL = "http://img1.kakaocdn.net/thumb/R110x110.q70/?fname=http://t1.kakaocdn.net/account_images/default_profile.jpeg";

// ---------------------------------------------------------------------------
// Request schemas

const userSchema = z.object({
  id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  nickname: z.string().trim().min(1).max(40),
  profileImage: z.url().optional(),
  email: z.email().optional(),
  emailVerified: z.boolean().optional(),
  emailValid: z.boolean().optional(),
});

const authorizeSchema = z.object({
  response_type: z.literal("code"),
  client_id: z.string().min(1),
  redirect_uri: z.url({ protocol: /^https?$/ }),
  state: z.string().optional(),
  scope: z.string().optional(),
  code_challenge: z.string().min(43).max(128).optional(),
  // RFC 7636: a challenge without a method means "plain".
  code_challenge_method: z.enum(["S256", "plain"]).optional(),
  nonce: z.string().optional(),
  prompt: z.string().optional(),
});
type AuthorizeParams = z.infer<typeof authorizeSchema>;
const AUTHORIZE_KEYS = Object.keys(authorizeSchema.shape) as (keyof AuthorizeParams)[];

const customUserForm = z.object({
  custom_id: z.string().regex(/^[1-9][0-9]{0,15}$/, "카카오 회원번호는 숫자로 입력해 주세요."),
  custom_nickname: z.string().trim().min(1, "닉네임을 입력해 주세요.").max(40, "닉네임이 너무 깁니다."),
  custom_email: z.union([z.literal(""), z.email("이메일 형식이 올바르지 않습니다.")]).optional(),
  custom_email_verified: z.string().optional(),
});

const tokenSchema = z.object({
  grant_type: z.string(),
  client_id: z.string().optional(),
  client_secret: z.string().optional(),
  redirect_uri: z.string().optional(),
  code: z.string().optional(),
  code_verifier: z.string().optional(),
});

const failSchema = z.object({
  step: z.enum(["authorize", "token", "userinfo"]),
  mode: z.enum(["error", "timeout", "none"]),
  times: z.number().int().positive().optional(),
});

// ---------------------------------------------------------------------------
// Small helpers

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function randomToken(bytes: number): string {
  return randomBytes(bytes).toString("base64url");
}

/** Korean particle: "홍길동으로", "카카오쇼퍼로", "겹치는이메일로" (ㄹ takes 로). */
function withRo(word: string): string {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  if (code < 0 || code > 11171) return `${word}로`;
  const final = code % 28;
  return `${word}${final === 0 || final === 8 ? "로" : "으로"}`;
}

/** Query built with encodeURIComponent (spaces as %20), the way Kakao redirects. */
function redirectTo(base: string, params: Record<string, string | undefined>): string {
  const url = new URL(base);
  const extra = Object.entries(params)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join("&");
  url.search = url.search ? `${url.search}&${extra}` : `?${extra}`;
  return url.href;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  // Kakao's exact header; tokens must never be cached by intermediaries.
  res.writeHead(status, { "content-type": "application/json;charset=UTF-8", "cache-control": "no-store", pragma: "no-cache" });
  res.end(JSON.stringify(body));
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(html);
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { location, "cache-control": "no-store" });
  res.end();
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error("request body too large");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function pkceMatches(verifier: string | undefined, challenge: string, method: "S256" | "plain"): boolean {
  if (!verifier) return false;
  const derived = method === "S256" ? createHash("sha256").update(verifier).digest("base64url") : verifier;
  return derived === challenge;
}

/** Kakao's /v2/user/me shape (only the fields our scopes grant). */
function kakaoProfile(user: KakaoTestUser, connectedAt: string) {
  const image = user.profileImage ?? DEFAULT_IMAGE;
  const thumbnail = user.profileImage ?? DEFAULT_THUMBNAIL;
  const email = user.email
    ? {
        has_email: true,
        email_needs_agreement: false,
        is_email_valid: user.emailValid ?? true,
        is_email_verified: user.emailVerified ?? false,
        email: user.email,
      }
    : { has_email: false };
  return {
    id: user.id,
    connected_at: connectedAt,
    properties: { nickname: user.nickname, profile_image: image, thumbnail_image: thumbnail },
    kakao_account: {
      profile_nickname_needs_agreement: false,
      profile_image_needs_agreement: false,
      profile: {
        nickname: user.nickname,
        thumbnail_image_url: thumbnail,
        profile_image_url: image,
        is_default_image: user.profileImage === undefined,
        is_default_nickname: false,
      },
      ...email,
    },
  };
}

// ---------------------------------------------------------------------------
// Pages (Korean, styled after Kakao's own login page)

const PAGE_CSS = `
  * { box-sizing: border-box; }
  body { margin: 0; background: #f5f5f5; color: #191919; font-family: system-ui, -apple-system, "Apple SD Gothic Neo", "Malgun Gothic", sans-serif; }
  main { max-width: 400px; margin: 48px auto; padding: 32px 28px; background: #fff; border-radius: 16px; box-shadow: 0 2px 12px rgba(0,0,0,.06); }
  .logo { font-weight: 800; letter-spacing: -.5px; font-size: 1.1rem; }
  h1 { font-size: 1.35rem; margin: 8px 0 6px; }
  h2 { font-size: 1rem; margin: 28px 0 12px; padding-top: 20px; border-top: 1px solid #eee; }
  p.hint { color: #666; font-size: .88rem; margin: 0 0 20px; line-height: 1.5; }
  ul { list-style: none; padding: 0; margin: 0; display: grid; gap: 10px; }
  button { width: 100%; border: 0; border-radius: 12px; padding: 14px 16px; font-size: .98rem; font-weight: 600; cursor: pointer; font-family: inherit; }
  button.kakao { background: #FEE500; color: rgba(0,0,0,.85); }
  button.kakao:hover { filter: brightness(.97); }
  button.secondary { background: #f2f2f2; color: #333; margin-top: 16px; }
  .desc { display: block; color: #777; font-size: .8rem; margin: 4px 4px 0; }
  label { display: block; font-size: .88rem; font-weight: 600; margin: 12px 0 6px; }
  label.check { display: flex; gap: 8px; align-items: center; font-weight: 500; }
  input[type=text], input[type=email] { width: 100%; padding: 11px 12px; border: 1px solid #ddd; border-radius: 10px; font-size: .95rem; font-family: inherit; }
  form.custom button { margin-top: 16px; }
  .error { background: #fff1f0; color: #b42318; border-radius: 10px; padding: 10px 12px; font-size: .88rem; margin-bottom: 16px; }
  code { background: #f2f2f2; padding: 1px 5px; border-radius: 5px; }
`;

function layout(title: string, body: string): string {
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${PAGE_CSS}</style></head><body><main>${body}</main></body></html>`;
}

function errorPage(code: string, detail: string): string {
  return layout(
    "카카오 로그인 오류",
    `<div class="logo">kakao</div><h1>잘못된 요청입니다</h1><p class="hint">${escapeHtml(detail)}</p><p class="hint">오류 코드: <code>${escapeHtml(code)}</code> (로컬 카카오 로그인)</p>`,
  );
}

function hiddenFields(params: AuthorizeParams): string {
  return AUTHORIZE_KEYS.map((k) => (params[k] === undefined ? "" : `<input type="hidden" name="${k}" value="${escapeHtml(params[k])}">`)).join("");
}

function describeUser(u: KakaoTestUser): string {
  if (!u.email) return `회원번호 ${u.id} · 이메일 없음`;
  return `회원번호 ${u.id} · ${u.email} · ${u.emailVerified ? "인증된 이메일" : "미인증 이메일"}`;
}

function loginPage(params: AuthorizeParams, users: KakaoTestUser[], formError?: string): string {
  const hidden = hiddenFields(params);
  const buttons = users
    .map(
      (u) =>
        `<li><button class="kakao" name="user_id" value="${u.id}" aria-describedby="user-${u.id}">${escapeHtml(withRo(u.nickname))} 계속하기</button><span class="desc" id="user-${u.id}">${escapeHtml(describeUser(u))}</span></li>`,
    )
    .join("");
  // A random suggestion keeps manual logins from colliding with earlier ones.
  const suggestedId = 2_000_000 + Math.floor(Math.random() * 7_000_000);
  const returnTo = new URL(params.redirect_uri).origin;
  return layout(
    "카카오계정 로그인",
    `<div class="logo">kakao</div><h1>카카오계정 로그인</h1>
     <p class="hint">로컬 개발용 카카오 로그인입니다. 로그인하면 <code>${escapeHtml(returnTo)}</code>(으)로 돌아갑니다.</p>
     ${formError ? `<div class="error" role="alert">${escapeHtml(formError)}</div>` : ""}
     <form method="post" action="/oauth/authorize">${hidden}
       <ul>${buttons}</ul>
       <button class="secondary" name="action" value="cancel">취소</button>
     </form>
     <h2>새 카카오 사용자로 로그인</h2>
     <form class="custom" method="post" action="/oauth/authorize">${hidden}
       <input type="hidden" name="action" value="custom">
       <label for="custom_id">카카오 회원번호</label>
       <input type="text" id="custom_id" name="custom_id" inputmode="numeric" pattern="[1-9][0-9]{0,15}" required value="${suggestedId}">
       <label for="custom_nickname">닉네임</label>
       <input type="text" id="custom_nickname" name="custom_nickname" required maxlength="40" placeholder="예: 새카카오">
       <label for="custom_email">이메일</label>
       <input type="email" id="custom_email" name="custom_email" placeholder="선택 사항" aria-describedby="email-hint">
       <span class="desc" id="email-hint">비워 두면 이메일 없는 계정이 됩니다.</span>
       <label class="check"><input type="checkbox" name="custom_email_verified" value="1"> 이메일 인증됨</label>
       <button class="kakao" type="submit">새 사용자로 계속하기</button>
     </form>`,
  );
}

// ---------------------------------------------------------------------------
// Server

interface IssuedCode {
  clientId: string;
  redirectUri: string;
  challenge?: { value: string; method: "S256" | "plain" };
  user: KakaoTestUser;
  expiresAt: number;
}

export async function startKakaoOAuth(opts: KakaoOAuthOptions): Promise<KakaoOAuth> {
  const host = opts.host ?? "127.0.0.1";
  const initialUsers = (opts.users ?? DEFAULT_KAKAO_USERS).map((u) => userSchema.parse(u));
  let users = new Map(initialUsers.map((u) => [u.id, u]));
  const codes = new Map<string, IssuedCode>();
  const tokens = new Map<string, { user: KakaoTestUser; expiresAt: number }>();
  const connectedAt = new Map<number, string>();
  const failures = new Map<KakaoStep, { mode: "error" | "timeout"; remaining: number | null }>();

  function addUser(input: KakaoTestUser): KakaoTestUser {
    const user = userSchema.parse(input);
    users.set(user.id, user);
    return user;
  }

  function setFailure(step: KakaoStep, mode: KakaoFailMode, times?: number): void {
    if (mode === "none") failures.delete(step);
    else failures.set(step, { mode, remaining: times ?? null });
  }

  /** Consumes one injected failure for `step`, if any. */
  function injected(step: KakaoStep): "error" | "timeout" | undefined {
    const failure = failures.get(step);
    if (!failure) return undefined;
    if (failure.remaining !== null && --failure.remaining <= 0) failures.delete(step);
    return failure.mode;
  }

  function issueCode(params: AuthorizeParams, user: KakaoTestUser): string {
    const now = Date.now();
    for (const [key, c] of codes) if (c.expiresAt <= now) codes.delete(key);
    const code = randomToken(48);
    codes.set(code, {
      clientId: params.client_id,
      redirectUri: params.redirect_uri,
      challenge: params.code_challenge
        ? { value: params.code_challenge, method: params.code_challenge_method ?? "plain" }
        : undefined,
      user,
      expiresAt: now + CODE_TTL_MS,
    });
    return code;
  }

  // --- /oauth/authorize ----------------------------------------------------

  async function authorize(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const form = req.method === "POST" ? new URLSearchParams(await readBody(req)) : url.searchParams;
    const parsed = authorizeSchema.safeParse(Object.fromEntries(AUTHORIZE_KEYS.flatMap((k) => (form.has(k) ? [[k, form.get(k)]] : []))));
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? "");
      const code = field === "redirect_uri" ? "KOE006" : "invalid_request";
      return sendHtml(res, 400, errorPage(code, `요청 파라미터 ${field}이(가) 올바르지 않습니다.`));
    }
    const params = parsed.data;
    if (params.client_id !== opts.clientId) {
      return sendHtml(res, 400, errorPage("KOE101", `등록되지 않은 앱 키(client_id: ${params.client_id})입니다.`));
    }

    const ungrantable = (params.scope ?? "").split(/[\s,]+/).filter((s) => s && !GRANTABLE_SCOPES.has(s));
    if (ungrantable.length) {
      return sendHtml(res, 400, errorPage("KOE205", `설정하지 않은 동의 항목을 요청했습니다: ${ungrantable.join(", ")}`));
    }

    const failure = injected("authorize");
    if (failure === "timeout") return; // never answer; close() destroys the socket
    if (failure === "error") {
      return redirect(res, redirectTo(params.redirect_uri, { error: "server_error", error_description: "Internal server error", state: params.state }));
    }

    if (req.method !== "POST") return sendHtml(res, 200, loginPage(params, [...users.values()]));

    const action = form.get("action");
    if (action === "cancel") {
      return redirect(res, redirectTo(params.redirect_uri, { error: "access_denied", error_description: "User denied access", state: params.state }));
    }
    let user: KakaoTestUser | undefined;
    if (action === "custom") {
      const custom = customUserForm.safeParse(Object.fromEntries(form));
      if (!custom.success) {
        return sendHtml(res, 400, loginPage(params, [...users.values()], custom.error.issues[0]?.message));
      }
      const c = custom.data;
      user = addUser({
        id: Number(c.custom_id),
        nickname: c.custom_nickname,
        ...(c.custom_email ? { email: c.custom_email, emailVerified: c.custom_email_verified !== undefined } : {}),
      });
    } else {
      user = users.get(Number(form.get("user_id")));
      if (!user) return sendHtml(res, 400, loginPage(params, [...users.values()], "선택한 사용자를 찾을 수 없습니다."));
    }
    return redirect(res, redirectTo(params.redirect_uri, { code: issueCode(params, user), state: params.state }));
  }

  // --- /oauth/token ----------------------------------------------------------

  async function token(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const failure = injected("token");
    if (failure === "timeout") return;
    if (failure === "error") return sendJson(res, 500, { msg: "internal error", code: -1 });

    if (!req.headers["content-type"]?.startsWith("application/x-www-form-urlencoded")) {
      return sendJson(res, 400, { error: "invalid_request", error_description: "Content-Type must be application/x-www-form-urlencoded" });
    }
    const parsed = tokenSchema.safeParse(Object.fromEntries(new URLSearchParams(await readBody(req))));
    if (!parsed.success) {
      return sendJson(res, 400, { error: "invalid_request", error_description: "grant_type is required" });
    }
    const body = parsed.data;
    if (body.grant_type !== "authorization_code") {
      return sendJson(res, 400, { error: "unsupported_grant_type", error_description: `unsupported grant_type: ${body.grant_type}` });
    }
    if (body.client_id !== opts.clientId || body.client_secret !== opts.clientSecret) {
      return sendJson(res, 401, { error: "invalid_client", error_description: "Bad client credentials", error_code: "KOE010" });
    }

    const invalidGrant = (description: string) =>
      sendJson(res, 400, { error: "invalid_grant", error_description: description, error_code: "KOE320" });
    const issued = body.code ? codes.get(body.code) : undefined;
    // Single use: any attempt burns the code, as on the real server.
    if (body.code) codes.delete(body.code);
    if (!issued || issued.expiresAt <= Date.now() || issued.clientId !== body.client_id) {
      return invalidGrant(`authorization code not found for code=${body.code ?? ""}`);
    }
    if (issued.redirectUri !== body.redirect_uri) return invalidGrant("redirect_uri mismatch");
    if (issued.challenge && !pkceMatches(body.code_verifier, issued.challenge.value, issued.challenge.method)) {
      return invalidGrant("code_verifier does not match code_challenge");
    }

    const accessToken = randomToken(40);
    tokens.set(accessToken, { user: issued.user, expiresAt: Date.now() + ACCESS_TOKEN_TTL_S * 1000 });
    if (!connectedAt.has(issued.user.id)) connectedAt.set(issued.user.id, new Date().toISOString().replace(/\.\d{3}Z$/, "Z"));
    return sendJson(res, 200, {
      access_token: accessToken,
      token_type: "bearer",
      refresh_token: randomToken(40),
      expires_in: ACCESS_TOKEN_TTL_S,
      scope: SCOPE,
      refresh_token_expires_in: REFRESH_TOKEN_TTL_S,
    });
  }

  // --- /v2/user/me -------------------------------------------------------------

  function userInfo(req: IncomingMessage, res: ServerResponse): void {
    const failure = injected("userinfo");
    if (failure === "timeout") return;
    if (failure === "error") return sendJson(res, 500, { msg: "internal error", code: -1 });

    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
    const grant = bearer ? tokens.get(bearer) : undefined;
    if (!grant || grant.expiresAt <= Date.now()) {
      return sendJson(res, 401, { msg: "this access token does not exist", code: -401 });
    }
    return sendJson(res, 200, kakaoProfile(grant.user, connectedAt.get(grant.user.id) ?? new Date().toISOString()));
  }

  // --- /_control (for test processes that do not hold the handle) ---------------

  async function control(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const readJson = async (): Promise<unknown> => {
      try {
        return JSON.parse((await readBody(req)) || "{}");
      } catch {
        return undefined; // fails the schema below → 400
      }
    };
    if (path === "/_control/fail" && req.method === "POST") {
      const parsed = failSchema.safeParse(await readJson());
      if (!parsed.success) return sendJson(res, 400, { error: "invalid_request", error_description: z.prettifyError(parsed.error) });
      setFailure(parsed.data.step, parsed.data.mode, parsed.data.times);
      return sendJson(res, 200, { ok: true });
    }
    if (path === "/_control/reset" && req.method === "POST") {
      handle.reset();
      return sendJson(res, 200, { ok: true });
    }
    if (path === "/_control/users" && req.method === "GET") return sendJson(res, 200, handle.users());
    if (path === "/_control/users" && req.method === "POST") {
      const parsed = userSchema.safeParse(await readJson());
      if (!parsed.success) return sendJson(res, 400, { error: "invalid_request", error_description: z.prettifyError(parsed.error) });
      return sendJson(res, 201, addUser(parsed.data));
    }
    return sendJson(res, 404, { error: "not_found" });
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://kakao.invalid");
    const path = url.pathname.replace(/\/+$/, "") || "/";
    const method = req.method ?? "GET";
    if (path === "/oauth/authorize" && (method === "GET" || method === "POST")) return authorize(req, res, url);
    if (path === "/oauth/token" && method === "POST") return token(req, res);
    if (path === "/v2/user/me" && (method === "GET" || method === "POST")) return userInfo(req, res);
    if (path.startsWith("/_control/")) return control(req, res, path);
    return sendJson(res, 404, { msg: "not found", code: -404 });
  }

  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      if (res.headersSent) return res.destroy();
      console.error("kakao oauth: unexpected error", err);
      sendJson(res, 500, { msg: "internal error", code: -1 });
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, host, () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(":") ? `[${host}]` : host;

  const handle: KakaoOAuth = {
    url: `http://${urlHost}:${port}`,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.close((err) => (err ? reject(err) : resolveClose()));
        // Also ends requests parked by "timeout" injection and idle keep-alives.
        server.closeAllConnections();
      }),
    users: () => structuredClone([...users.values()]),
    addUser: (u) => void addUser(u),
    fail: setFailure,
    reset: () => {
      failures.clear();
      users = new Map(initialUsers.map((u) => [u.id, u]));
    },
  };
  return handle;
}

// ---------------------------------------------------------------------------
// `tsx scripts/stand-ins/kakao-oauth.ts --port 8090 --client-id <id> --client-secret <secret>`

if (isEntryPoint(import.meta.url)) {
  await runStandIn({
    usage: "kakao-oauth.ts --port 8090 --client-id <id> --client-secret <secret> (or AUTH_KAKAO_ID / AUTH_KAKAO_SECRET)",
    defaults: { port: "8090", host: "127.0.0.1", "client-id": process.env.AUTH_KAKAO_ID, "client-secret": process.env.AUTH_KAKAO_SECRET },
    start: (v) => startKakaoOAuth({ port: Number(v.port), host: v.host, clientId: v["client-id"], clientSecret: v["client-secret"] }),
    banner: (kakao) => `kakao oauth listening on ${kakao.url}`,
  });
}
