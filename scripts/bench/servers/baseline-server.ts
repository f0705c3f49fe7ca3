// (b) The baseline people build first: the claim as one PostgreSQL transaction that locks the
// event row (SELECT … FOR UPDATE), checks the window and the member's earlier coupon, counts the
// coupons issued and inserts the next one. Correct (the lock serialises every claim of an event)
// and simple; the lock is also its ceiling. Same Prisma client (lib/db.ts) and pool as the app.
import { db } from "@/lib/db";
import { refuseClaim, serve, type Answer } from "./common.ts";

const DAY_MS = 86_400_000;
type EventRow = { total_quantity: number; starts_at: Date; ends_at: Date; closed_at: Date | null; valid_days: number };

serve("row-lock baseline (b)", {
  claim: (eventId, memberId) =>
    db.$transaction(
      async (tx): Promise<Answer> => {
        const [event] = await tx.$queryRaw<EventRow[]>`
          SELECT total_quantity, starts_at, ends_at, closed_at, valid_days FROM coupon_events WHERE id = ${eventId} FOR UPDATE`;
        if (!event) return refuseClaim("EVENT_NOT_FOUND");
        const now = Date.now();
        if (event.closed_at || now >= event.ends_at.getTime()) return refuseClaim("EVENT_CLOSED");
        if (now < event.starts_at.getTime()) return refuseClaim("NOT_OPEN");
        const mine = await tx.coupon.findUnique({ where: { eventId_memberId: { eventId, memberId: memberId } }, select: { id: true } });
        if (mine) return refuseClaim("ALREADY_CLAIMED");
        const issued = await tx.coupon.count({ where: { eventId } });
        if (issued >= event.total_quantity) return refuseClaim("SOLD_OUT");
        const issuedAt = new Date();
        const row = await tx.coupon.create({
          data: { eventId, memberId: memberId, seq: issued + 1, issuedAt, expiresAt: new Date(issuedAt.getTime() + event.valid_days * DAY_MS) },
          select: { id: true, eventId: true, seq: true, issuedAt: true, expiresAt: true },
        });
        return { status: 201, body: { coupon: { ...row, issuedAt: row.issuedAt.toISOString(), expiresAt: row.expiresAt.toISOString() } } };
      },
      // Waiting is the design: a claim queues on the lock (and for a pooled connection) rather
      // than failing, as a careful first version would be configured.
      { maxWait: 60_000, timeout: 60_000 },
    ),
});
