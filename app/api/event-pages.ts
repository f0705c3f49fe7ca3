import "server-only";
import { revalidatePath } from "next/cache";

/**
 * The cached pages that show an event, rendered again at once on the instance that took the
 * change (create, edit, close, cancel): the event's page, home (its banner), 쿠폰존 and, for a
 * follower-only event, the atelier's page. Other instances follow within those pages' revalidate.
 */
export function refreshEventPages(event: { id: number; atelierId: number | null }): void {
  revalidatePath(`/events/${event.id}`);
  revalidatePath("/");
  revalidatePath("/events");
  if (event.atelierId !== null) revalidatePath(`/ateliers/${event.atelierId}`);
}
