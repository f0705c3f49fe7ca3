import { requireSignedInMember } from "@/lib/auth/signed-in-member";
import { getCart } from "@/lib/cart";
import { apiRoute, json } from "@/lib/http";

/** The member's cart: {items: [{productId, quantity, unitPrice, …}], subtotal}, at today's prices. */
export const GET = apiRoute(async () => {
  const member = await requireSignedInMember();
  return json(await getCart(member.id));
});
