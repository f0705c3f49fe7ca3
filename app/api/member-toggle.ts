import { requireSignedInMember } from "@/lib/auth/signed-in-member";
import type { FailureKey } from "@/lib/errors";
import { apiRoute, json } from "@/lib/http";
import { limitMutations } from "@/lib/member-rate-limit";
import { routeId } from "@/lib/route-params";

type Context = { params: Promise<{ id: string }> };

/**
 * PUT = on, DELETE = off for a member's toggle on the thing the route's [id] names (찜, follow, 오픈 알림):
 * signed in, a known id, within the member's mutation limit. `set` is idempotent and answers the
 * new state (with the exact count, for 찜 and follow).
 */
export function memberToggleRoutes(notFound: FailureKey, set: (memberId: string, id: number, on: boolean) => Promise<unknown>) {
  const handler = (on: boolean) =>
    apiRoute(async (_request: Request, { params }: Context) => {
      const member = await requireSignedInMember();
      const id = await routeId(params, notFound);
      await limitMutations(member.id);
      return json(await set(member.id, id, on));
    });
  return { PUT: handler(true), DELETE: handler(false) };
}
