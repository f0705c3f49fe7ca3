import { eventConsoleRoutes } from "@/app/api/coupon-event-console";

const routes = eventConsoleRoutes("owner");
export const GET = routes.read;
export const PATCH = routes.edit;
