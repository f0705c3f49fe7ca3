import { StudioNav } from "@/app/studio/studio-nav";
import { eventConsolePage } from "@/app/coupon-event-console-page";

/** An owner's follower coupon: the marketer's console, scoped to the owner's atelier. */
const page = eventConsolePage("owner", <StudioNav current="/studio/coupon-events" />);
export const generateMetadata = page.generateMetadata;
export default page.EventConsolePage;
