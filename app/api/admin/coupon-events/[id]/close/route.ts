import { eventConsoleRoutes } from "@/app/api/coupon-event-console";

export const POST = eventConsoleRoutes("marketer").close;
