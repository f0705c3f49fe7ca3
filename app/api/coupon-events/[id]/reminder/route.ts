import { memberToggleRoutes } from "@/app/api/member-toggle";
import { setReminder } from "@/lib/reminders";

/**
 * PUT = 오픈 알림 받기, DELETE = 그만 받기: 200 {subscribed}; idempotent. PUT on an event that is not
 * upcoming is 409 EVENT_NOT_UPCOMING, after its reminder moment 409 REMINDER_TOO_LATE.
 */
export const { PUT, DELETE } = memberToggleRoutes("EVENT_NOT_FOUND", setReminder);
