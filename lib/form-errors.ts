// zod issues → {"field": ["메시지"]} for client forms (the server's own fieldErrors lives in
// lib/http.ts, which is server-only).
import type { z } from "zod";

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) (fields[issue.path.join(".") || "_"] ??= []).push(issue.message);
  return fields;
}
