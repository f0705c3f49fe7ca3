// Opaque cursors for newest-first lists: (created time, id) of the last item shown, so paging
// stays stable while rows are added. Pure: shared by handlers (zod) and lib.
import { z } from "zod";

export type Cursor = { at: Date; id: string };
export type Page<T> = { items: T[]; nextCursor: string | null };

function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.getTime(), id])).toString("base64url");
}

/**
 * One page from rows fetched one past `take` (the extra row only says that more follow): the
 * first `take` as items, and when more follow, a cursor at the last of them.
 */
export function pageOf<Row, Item>(rows: Row[], take: number, itemOf: (row: Row) => Item, positionOf: (row: Row) => Cursor | null): Page<Item> {
  const last = rows.length > take ? rows[take - 1] : undefined;
  const position = last === undefined ? null : positionOf(last);
  return { items: rows.slice(0, take).map(itemOf), nextCursor: position ? encodeCursor(position.at, position.id) : null };
}

const payload = z.tuple([z.number().int().nonnegative(), z.string().min(1).max(64)]);

/** A `cursor` query parameter: absent, or one we issued (anything else is a 400). */
export const cursorParam = z
  .string()
  .max(200, "잘못된 페이지 정보예요.")
  .optional()
  .transform((raw, ctx): Cursor | undefined => {
    if (!raw) return undefined;
    try {
      const [ms, id] = payload.parse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
      return { at: new Date(ms), id };
    } catch {
      ctx.addIssue({ code: "custom", message: "잘못된 페이지 정보예요." });
      return z.NEVER;
    }
  });
