// Where to send a visitor after login: a path of this site, or the fallback. The check runs on
// the path as a browser would resolve it, not on the text: "/.//evil.example", "/a/..//evil"
// and "/%2e//evil" all start with one slash yet normalise to the protocol-relative "//evil".
const BASE = "http://callback.invalid";

// Control characters are what this looks for: the URL parser silently drops tabs and newlines
// (so "/\t/evil" would become "//evil"), and CR/LF have no place in a Location header. A
// backslash is a slash to browsers.
const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f\\]/;

export function safeCallbackUrl(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > 2_000 || !value.startsWith("/")) return fallback;
  if (CONTROL_OR_BACKSLASH.test(value)) return fallback;
  try {
    const url = new URL(value, BASE);
    const path = `${url.pathname}${url.search}${url.hash}`;
    // Checked once decoded too: "/%2f%2fevil" or "/%5Cevil" name a host once anything decodes them.
    const decoded = decodeURIComponent(url.pathname);
    if (url.origin !== BASE || decoded.startsWith("//") || decoded.startsWith("/api/") || CONTROL_OR_BACKSLASH.test(decoded)) return fallback;
    return path;
  } catch {
    return fallback; // malformed percent-encoding
  }
}
