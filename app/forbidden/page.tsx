import { forbidden } from "next/navigation";

/** Where proxy.ts sends a member whose role does not open the page: a 403 with app/forbidden.tsx. */
export default function ForbiddenRoute() {
  forbidden();
}
