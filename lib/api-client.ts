// How client components call our JSON routes: one result type for every outcome, so forms
// show the server's Korean messages (per field when it names one) and never crash on a network
// error.
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
    return { ok: false, status: 0, code: "NETWORK", message: "인터넷 연결을 확인해 주세요.", fields: {}, retryAfter: null };
  }
  const data = (await response.json().catch(() => null)) as (T & { error?: { code: string; message: string; fields?: Record<string, string[]> } }) | null;
  if (response.ok) return { ok: true, status: response.status, data: data as T };
  const retryAfter = Number(response.headers.get("Retry-After"));
  return {
    ok: false,
    status: response.status,
    code: data?.error?.code ?? "UNKNOWN",
    message: data?.error?.message ?? "잠시 후 다시 시도해 주세요.",
    fields: data?.error?.fields ?? {},
    retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  };
}
