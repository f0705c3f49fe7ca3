import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/content-security-policy";
import { inlineScriptHashes } from "@/lib/page-cache/inline-scripts";
import { createMemo } from "@/lib/page-cache/memo";

// Public pages (lib/page-cache/public-pages.ts) are served by the proxy from a rendering it keeps:
// the proxy asks this same instance for the page as an anonymous request, hashes the inline
// scripts of the finished document into the page's CSP, and answers everyone from that copy
// for a second (then stale for ten while one refresh runs). Next.js's own cache (the pages'
// `revalidate`) decides how often a page is actually rendered; nginx keeps a copy for a second
// too (`s-maxage`). The copy carries no cookie and nothing of the first visitor's.

/** Marks the proxy's own request for a page, so the proxy lets it through to Next.js. Per process. */
const RENDER_HEADER = "x-comegongbang-page-render";
const renderToken = crypto.randomUUID();

export const PUBLIC_PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=1, stale-while-revalidate=10";

type CachedPage = { status: number; headers: [string, string][]; body: string; hashes: string[] };

/** Headers of the rendering that are not passed on: per-connection ones, and the ones set here. */
const DROPPED = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "date", "cache-control", "content-security-policy", "set-cookie", "x-nextjs-cache", "x-nextjs-prerender", "x-nextjs-stale-time"]);

function instanceOrigin(): string {
  const host = process.env.HOSTNAME && !["0.0.0.0", "::"].includes(process.env.HOSTNAME) ? process.env.HOSTNAME : "127.0.0.1";
  return `http://${host.includes(":") ? `[${host}]` : host}:${process.env.PORT ?? "3000"}`;
}

async function render(pathAndQuery: string): Promise<CachedPage> {
  const response = await fetch(`${instanceOrigin()}${pathAndQuery}`, {
    headers: { [RENDER_HEADER]: renderToken, accept: "text/html" },
    redirect: "manual",
    signal: AbortSignal.timeout(20_000),
  });
  const body = await response.text();
  const html = response.headers.get("content-type")?.startsWith("text/html") ?? false;
  // A response that sets a cookie is somebody's: its scripts get no hashes (and it is not kept).
  const scripts = html && !response.headers.has("set-cookie") ? inlineScriptHashes(body) : { hashes: [], refused: 0 };
  if (scripts.refused) console.warn(`${pathAndQuery}: ${scripts.refused} inline script(s) in no form Next.js writes were left without a hash (blocked)`);
  return { status: response.status, headers: [...response.headers].filter(([name]) => !DROPPED.has(name)), body, hashes: scripts.hashes };
}

const pages = createMemo<CachedPage>({
  load: render,
  // Found and not-found pages are the same for everyone; errors and redirects are answered, not kept.
  keep: (page) => page.status === 200 || page.status === 404,
  freshMs: 1_000,
  staleMs: 10_000,
  maxEntries: 500,
});

/** True for the proxy's own request for a page: Next.js renders it, unchanged. */
export function isPageRender(request: NextRequest): boolean {
  return request.headers.get(RENDER_HEADER) === renderToken;
}

type PolicyContext = Parameters<typeof contentSecurityPolicy>[1];

/** The public page at this URL from the kept rendering, with its hash-based CSP. */
export async function servePublicPage(request: NextRequest, policy: PolicyContext): Promise<NextResponse> {
  const page = await pages.get(`${request.nextUrl.pathname}${request.nextUrl.search}`);
  const kept = page.status === 200 || page.status === 404;
  const headers = new Headers(page.headers);
  headers.set("Cache-Control", kept ? PUBLIC_PAGE_CACHE_CONTROL : "private, no-store");
  headers.set("Content-Security-Policy", contentSecurityPolicy({ hashes: page.hashes }, policy));
  return new NextResponse(request.method === "HEAD" ? null : page.body, { status: page.status, headers });
}
