import { marketerEventAction } from "@/app/api/admin/coupon-events/[id]/event-action";
import { cancelEvent } from "@/lib/coupons/events";

/** Cancels an event before it opens (취소); idempotent; once it opened, 409: it is closed early instead. */
export const POST = marketerEventAction(cancelEvent);
