import { marketerEventAction } from "@/app/api/admin/coupon-events/[id]/event-action";
import { closeEvent } from "@/lib/coupons/events";

/** Closes an open event early (조기 종료); before it opens, 409: it is cancelled instead. */
export const POST = marketerEventAction(closeEvent);
