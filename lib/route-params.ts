import "server-only";
import { DomainError, type FailureKey } from "@/lib/errors";
import { parseId } from "@/lib/validation/common";

/** The numeric [id] of a route, or the given not-found failure (an id that cannot exist names nothing). */
export async function routeId(params: Promise<{ id: string }>, notFound: FailureKey): Promise<number> {
  const id = parseId((await params).id);
  if (id === null) throw new DomainError(notFound);
  return id;
}
