import { memberToggleRoutes } from "@/app/api/member-toggle";
import { setFollow } from "@/lib/follows";

/** PUT = 팔로우, DELETE = 언팔로우. Idempotent; answers the state and the exact count. */
export const { PUT, DELETE } = memberToggleRoutes("ATELIER_NOT_FOUND", setFollow);
