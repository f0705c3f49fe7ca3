import { eventConsoleRoutes } from "@/app/api/coupon-event-console";

export const POST = eventConsoleRoutes("owner").cancel;
