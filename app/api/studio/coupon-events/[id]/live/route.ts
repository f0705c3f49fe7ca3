import { eventConsoleRoutes } from "@/app/api/coupon-event-console";

export const GET = eventConsoleRoutes("owner").live;
