import { eventConsoleRoutes } from "@/app/api/coupon-event-console";

const routes = eventConsoleRoutes("owner");
export const GET = routes.list;
export const POST = routes.create;
