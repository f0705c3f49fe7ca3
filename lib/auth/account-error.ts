import "server-only";
import type { AccountError } from "@/lib/auth/account";
import { ApiError } from "@/lib/http";

/** An account operation's refusal as the API's error shape (naming the field, if any). */
export function accountError(error: AccountError): ApiError {
  const retry = error.retryAfterSeconds ? { "Retry-After": String(error.retryAfterSeconds) } : undefined;
  return new ApiError(error.status, error.code, error.message, error.field ? { [error.field]: [error.message] } : undefined, retry);
}
