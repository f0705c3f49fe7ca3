import { eventConsolePage } from "@/app/coupon-event-console-page";

const page = eventConsolePage("marketer");
export const generateMetadata = page.generateMetadata;
export default page.EventConsolePage;
