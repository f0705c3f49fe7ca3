import { loadRules } from "@/components/forms/rules";

/** The account schemas, for the signup, password and 회원정보 forms (see rules.ts). */
export const authRules = () => loadRules(() => import("@/lib/validation/auth"));
