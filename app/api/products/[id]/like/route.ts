import { memberToggleRoutes } from "@/app/api/member-toggle";
import { setLike } from "@/lib/likes";

/** PUT = 찜, DELETE = 찜 해제. Idempotent; answers the state and the exact count. */
export const { PUT, DELETE } = memberToggleRoutes("PRODUCT_NOT_FOUND", setLike);
