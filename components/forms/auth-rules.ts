import { loadRules } from "@/components/forms/rules";
import type * as AuthRules from "@/lib/validation/auth";

/** The account schemas, for the signup, password and 회원정보 forms (see rules.ts). */
export const authRules = () => loadRules(() => import("@/lib/validation/auth"));

/**
 * A submit's first step: the form turns busy, then the schemas load. When they cannot (the page
 * went offline), the form is no longer busy, `offline` shows the message, and the answer is null.
 */
export async function busyWithAuthRules(setPending: (pending: boolean) => void, offline: (message: string) => void): Promise<typeof AuthRules | null> {
  setPending(true);
  const auth = await authRules();
  if (auth.ok) return auth.rules;
  setPending(false);
  offline(auth.message);
  return null;
}
