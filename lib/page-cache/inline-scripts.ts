import { createHash } from "node:crypto";

// A cached public page cannot carry a per-request nonce (every visitor gets the same bytes), so
// its Content-Security-Policy lists the SHA-256 of each inline script instead. Only scripts in the
// exact forms Next.js itself writes are hashed: an inline script in any other form — one that a
// rendering bug or injected markup put there — gets no hash, so the browser refuses to run it.
//
// The forms (Next.js 16 with Turbopack, React 19):
// - `(self.__next_f=self.__next_f||[]).push([0])`: the flight-data queue's creation;
// - `self.__next_f.push([N,"…"])`: a chunk of the page's flight data, one JSON string literal
//   (data for React's flight client, never code: a forged one can only describe markup);
// - `(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({…})`: the chunk list the
//   Turbopack runtime loads, a JSON object of chunk paths and module ids.
// React's streaming instruction scripts ($RC, $RX…) are not among them: public pages render whole
// (next.config.ts asks for blocking metadata, the one thing that streamed), so none appear.

const QUEUE = "(self.__next_f=self.__next_f||[]).push([0])";
const FLIGHT_CHUNK = /^self\.__next_f\.push\(\[\d{1,2},("(?:[^"\\\n\r]|\\.)*")\]\)$/;
const TURBOPACK_PREFIX = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(';
const TURBOPACK_KEYS = new Set(["otherChunks", "runtimeModuleIds", "script"]);

/** Every `<script>` element without `src`: its attributes and its text. */
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

function parsesAs(text: string, check: (value: unknown) => boolean): boolean {
  try {
    return check(JSON.parse(text));
  } catch {
    return false;
  }
}

function isTurbopackChunkList(text: string): boolean {
  if (!text.startsWith(TURBOPACK_PREFIX)) return false;
  const body = text.slice(TURBOPACK_PREFIX.length).replace(/\);?$/, "");
  if (body.length === text.length - TURBOPACK_PREFIX.length) return false;
  return parsesAs(
    body,
    (value) =>
      typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).every((key) => TURBOPACK_KEYS.has(key)),
  );
}

/** True when an inline script is one Next.js writes into every page (see the forms above). */
export function isFrameworkScript(text: string): boolean {
  if (text === QUEUE) return true;
  const flight = FLIGHT_CHUNK.exec(text);
  if (flight) return parsesAs(flight[1] ?? "", (value) => typeof value === "string");
  return isTurbopackChunkList(text);
}

export type InlineScriptHashes = {
  /** CSP hash sources ('sha256-…') of the framework's inline scripts, in document order, no repeats. */
  hashes: string[];
  /** Inline scripts in no known form: left without a hash, so the browser blocks them. */
  refused: number;
};

/** The CSP hash sources for a finished HTML document's inline scripts, framework ones only. */
export function inlineScriptHashes(html: string): InlineScriptHashes {
  const hashes = new Set<string>();
  let refused = 0;
  for (const [, attributes = "", text = ""] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    if (!isFrameworkScript(text)) {
      refused++;
      continue;
    }
    hashes.add(`'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);
  }
  return { hashes: [...hashes], refused };
}
