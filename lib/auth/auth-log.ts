import "server-only";

/**
 * Auth.js's error log. Refused logins, bad callbacks and malformed requests are answers, not
 * server errors: one line each, no stack traces, and none for a refused login. Judged by the
 * Auth.js error's `type`, never by its class name: a minified build renames our
 * CredentialsSignin subclass (its `name` becomes "o" or so), while `type` is a string it keeps.
 */
export function logAuthError(error: Error): void {
  const type = "type" in error && typeof error.type === "string" ? error.type : error.name;
  if (type !== "CredentialsSignin") console.warn(`[auth] ${type}: ${error.message}`);
}
