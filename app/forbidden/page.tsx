import { forbidden } from "next/navigation";

/** Rendered per request, as the signed-in areas it stands in for (their CSP nonce, proxy.ts). */
export const dynamic = "force-dynamic";

/** Where proxy.ts sends a member whose role does not open the page: a 403 with app/forbidden.tsx. */
export default function ForbiddenRoute() {
  forbidden();
}
