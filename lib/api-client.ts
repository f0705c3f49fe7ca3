// How client components call our JSON routes: one result type for every outcome, so forms
// show the server's Korean messages (per field when it names one) and never crash on a network
// error. Messages the server did not send come from the failure catalogue's client rows.
import { CLIENT_FAILURES } from "@/lib/client-failures";

type ApiFailure = { ok: false; status: number; code: string; message: string; fields: Record<string, string[]>; retryAfter: number | null };
/** `retryAfter` on a success too: a 202 from the waiting room says when to ask again. */
type ApiResult<T> = { ok: true; status: number; data: T; retryAfter: number | null } | ApiFailure;

export async function callApi<T>(method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", url: string, body?: unknown): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, code: "NETWORK", message: CLIENT_FAILURES.NETWORK.message, fields: {}, retryAfter: null };
  }
  const data = (await response.json().catch(() => null)) as (T & { error?: { code: string; message: string; fields?: Record<string, string[]> } }) | null;
  const header = Number(response.headers.get("Retry-After"));
  const retryAfter = Number.isFinite(header) && header > 0 ? header : null;
  if (response.ok) return { ok: true, status: response.status, data: data as T, retryAfter };
  return {
    ok: false,
    status: response.status,
    code: data?.error?.code ?? "UNKNOWN",
    // Not our error shape (a balancer's page, a crashed instance): the service is unwell.
    message: data?.error?.message ?? CLIENT_FAILURES.SERVICE_UNAVAILABLE.message,
    fields: data?.error?.fields ?? {},
    retryAfter,
  };
}
