import "server-only";
import { DomainError, type FailureKey } from "@/lib/errors";
import { parseId } from "@/lib/validation/common";

/** The [id] of a route that names rows by a token (an order's cuid), or the not-found failure. */
export async function routeToken(params: Promise<{ id: string }>, pattern: RegExp, notFound: FailureKey): Promise<string> {
  const { id } = await params;
  if (!pattern.test(id)) throw new DomainError(notFound);
  return id;
}

/** The numeric [id] of a route, or the given not-found failure (an id that cannot exist names nothing). */
export async function routeId(params: Promise<{ id: string }>, notFound: FailureKey): Promise<number> {
  const id = parseId((await params).id);
  if (id === null) throw new DomainError(notFound);
  return id;
}
