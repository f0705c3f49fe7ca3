// zod issues → {"field": ["메시지"]}: one shape for the forms' own checks and the API's 400
// `fields` (lib/http.ts). Typed by zod's core, so errors of zod and zod/mini schemas both fit.
import type { core } from "zod/mini";

export function fieldErrorsOf(error: core.$ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) (fields[issue.path.join(".") || "_"] ??= []).push(issue.message);
  return fields;
}
