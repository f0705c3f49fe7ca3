// How client components call our JSON routes: one result type for every outcome, so forms
// show the server's Korean messages (per field when it names one) and never crash on a network
// error. Messages the server did not send come from the failure catalogue.
import { messageOf } from "@/lib/errors";

type ApiFailure = { ok: false; status: number; code: string; message: string; fields: Record<string, string[]>; retryAfter: number | null };
type ApiResult<T> = { ok: true; status: number; data: T } | ApiFailure;

export async function callApi<T>(method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", url: string, body?: unknown): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, code: "NETWORK", message: messageOf("NETWORK"), fields: {}, retryAfter: null };
  }
  const data = (await response.json().catch(() => null)) as (T & { error?: { code: string; message: string; fields?: Record<string, string[]> } }) | null;
  if (response.ok) return { ok: true, status: response.status, data: data as T };
  const retryAfter = Number(response.headers.get("Retry-After"));
  return {
    ok: false,
    status: response.status,
    code: data?.error?.code ?? "UNKNOWN",
    // Not our error shape (a balancer's page, a crashed instance): the service is unwell.
    message: data?.error?.message ?? messageOf("SERVICE_UNAVAILABLE"),
    fields: data?.error?.fields ?? {},
    retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  };
}
