import { eventConsoleRoutes } from "@/app/api/coupon-event-console";

export const GET = eventConsoleRoutes("marketer").csv;
