import "server-only";
import { NextResponse } from "next/server";
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
import { env } from "@/lib/env";
import { DomainError, describeFailure, type Failure } from "@/lib/errors";
import { fieldErrorsOf as fieldErrors } from "@/lib/form-errors";

export { fieldErrors };

// The shared schemas are zod/mini, which sets no locale: the few messages zod writes itself (a
// field without words of its own, e.g. a body that is not an object) stay the English that full
// zod gave them, whichever module loads first.
z.config(en());

/**
 * The one error shape of every JSON route:
 * {"error": {"code": "SNAKE_CASE", "message": "사람이 읽을 문장", "fields": {"email": ["…"]}}}
 * Status and message come from the failure catalogue (lib/errors.ts), here and nowhere else.
 */
type ApiErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]> } };

function failureResponse({ code, status, message, fields, retryAfterSeconds }: Failure): Response {
  const body: ApiErrorBody = { error: { code, message, ...(fields ? { fields } : {}) } };
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (retryAfterSeconds) headers["Retry-After"] = String(retryAfterSeconds);
  return NextResponse.json(body, { status, headers });
}

export function json<T>(data: T, init?: { status?: number; headers?: Record<string, string> }) {
  return NextResponse.json(data, { status: init?.status ?? 200, headers: { "Cache-Control": "no-store", ...init?.headers } });
}

/** Bodies larger than this are refused before parsing: no form of ours comes near it. */
const MAX_BODY_BYTES = 16 * 1024;
/**
 * An oversized body is still read (and thrown away) up to this much, so the client gets its
 * 400 instead of a connection reset mid-upload; beyond it the connection is dropped.
 */
const MAX_DRAIN_BYTES = 8 * 1024 * 1024;

/**
 * Reads a JSON body and validates it. Anything a client can get wrong — wrong content type,
 * a body too large, invalid UTF-8 or JSON, wrong shape — is a 400 with the fields named.
 */
export async function parseJson<S extends z.core.$ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new DomainError("UNSUPPORTED_CONTENT_TYPE");
  }
  const text = await readText(request);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new DomainError("INVALID_JSON");
  }
  const result = z.safeParse(schema, value);
  if (!result.success) throw new DomainError("VALIDATION_FAILED", { fields: fieldErrors(result.error) });
  return result.data;
}

/** Parses query parameters (first value of each) with a schema; bad values are a 400. */
export function parseQuery<S extends z.core.$ZodType>(request: Request, schema: S): z.output<S> {
  const params = Object.fromEntries(new URL(request.url).searchParams.entries());
  const result = z.safeParse(schema, params);
  if (!result.success) throw new DomainError("VALIDATION_FAILED", { fields: fieldErrors(result.error) });
  return result.data;
}

async function readText(request: Request): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_DRAIN_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    if (size <= MAX_BODY_BYTES) chunks.push(value);
  }
  if (size > MAX_BODY_BYTES) throw tooLarge();
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new DomainError("INVALID_ENCODING");
  }
}

function tooLarge() {
  return new DomainError("BODY_TOO_LARGE");
}

/**
 * Errors that mean "a backing service is down, slow or full", not "the request is wrong":
 * Redis unreachable or over its time budget, PostgreSQL out of connections or timing out.
 * They are answered 503 + Retry-After so clients back off instead of seeing a 500.
 */
function isUnavailable(error: unknown): boolean {
  for (let e = error as { name?: string; code?: string; message?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.name === "TimeoutError" || e.name === "AbortError") return true;
    if (e.name === "UpstashError" || e.name === "UpstashJSONParseError") return true;
    if (typeof e.code === "string" && ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "UND_ERR_SOCKET", "P1001", "P1002", "P1017", "P2024", "P2028", "P2037", "53300", "57014", "57P01", "08006", "08001"].includes(e.code)) return true;
    if (typeof e.message === "string" && /fetch failed|timeout exceeded when trying to connect|Connection terminated|too many (clients|connections)|connection pool|canceling statement due to statement timeout/i.test(e.message)) return true;
  }
  return false;
}

/**
 * What anything thrown means to the client: a domain failure as the catalogue says; a backing
 * service down, slow or full as 503 + Retry-After; anything else a bare 500, logged.
 */
function failureOf(error: unknown): Failure {
  if (error instanceof DomainError) return describeFailure(error);
  if (isUnavailable(error)) {
    console.warn("backing service unavailable:", (error as Error)?.message);
    return describeFailure(new DomainError("SERVICE_UNAVAILABLE", { retryAfterSeconds: 2 }));
  }
  console.error(error);
  return describeFailure(new DomainError("INTERNAL_ERROR"));
}

const appOrigin = new URL(env.AUTH_URL).origin;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF: a mutating request another site's page made. Browsers send Origin on every cross-origin
 * POST/PUT/PATCH/DELETE; without one, only Fetch Metadata can say it came from elsewhere.
 * (Auth.js's own routes have their double-submit CSRF token instead.)
 */
function crossOrigin(request: Request): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const origin = request.headers.get("origin");
  if (origin) return origin !== appOrigin;
  return request.headers.get("sec-fetch-site") === "cross-site";
}

/**
 * Wraps a route handler: cross-origin mutations are refused before it runs, and every failure
 * becomes the error shape (4xx, 503 or a bare 500). `anyOrigin`: for a route whose credential is
 * in the URL, never a cookie (one-click unsubscribe, which a webmail page may post from its own
 * origin): a forged request could not carry it, so the CSRF check has nothing to protect.
 */
export function apiRoute<C>(handler: (request: Request, context: C) => Promise<Response>, options?: { anyOrigin: true }) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      if (!options?.anyOrigin && crossOrigin(request)) throw new DomainError("CROSS_ORIGIN");
      return await handler(request, context);
    } catch (error) {
      return failureResponse(failureOf(error));
    }
  };
}
