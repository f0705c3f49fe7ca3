// Where to send a visitor after login. Same-origin paths only: an absolute URL, a
// protocol-relative "//host" or a backslash trick would turn login into an open redirect.
export function safeCallbackUrl(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > 2_000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  try {
    const url = new URL(value, "http://localhost");
    return url.host === "localhost" && !url.pathname.startsWith("/api/") ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}
