import "server-only";
import { errors } from "@/lib/http";
import { idParam } from "@/lib/validation/common";

/** The numeric [id] of a route, or a 404 (an id that cannot exist names nothing). */
export async function routeId(params: Promise<{ id: string }>, notFoundMessage: string): Promise<number> {
  const parsed = idParam.safeParse((await params).id);
  if (!parsed.success) throw errors.notFound(notFoundMessage);
  return parsed.data;
}
