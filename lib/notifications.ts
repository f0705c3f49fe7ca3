import "server-only";
// 마이페이지 알림: what the follower-news fan-out wrote for a member (lib/follower-news.ts), newest
// first, the header's unread count, and marking them read.
import { discountLabel } from "@/lib/coupons/terms";
import { pageOf, type Cursor, type Page } from "@/lib/cursor";
import { db } from "@/lib/db";

export type MyNotification = {
  id: string;
  createdAt: string;
  read: boolean;
  /** When the coupon's terms changed after the follower was told (an edit before opening), or null. */
  changedAt: string | null;
  event: { id: number; title: string; discount: string; startsAt: string; atelierId: number | null; atelierName: string | null };
};

/** A member's notifications, newest first, 20 a page. */
export async function listNotifications(memberId: string, after: Cursor | undefined, take = 20): Promise<Page<MyNotification>> {
  const rows = await db.notification.findMany({
    where: {
      memberId,
      ...(after ? { OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: BigInt(after.id) } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    include: { event: { select: { id: true, title: true, discountType: true, discountValue: true, startsAt: true, atelierId: true, atelier: { select: { name: true } } } } },
  });
  return pageOf(
    rows,
    take,
    (n): MyNotification => ({
      id: String(n.id),
      createdAt: n.createdAt.toISOString(),
      read: n.readAt !== null,
      changedAt: n.changedAt?.toISOString() ?? null,
      event: {
        id: n.event.id,
        title: n.event.title,
        discount: discountLabel(n.event),
        startsAt: n.event.startsAt.toISOString(),
        atelierId: n.event.atelierId,
        atelierName: n.event.atelier?.name ?? null,
      },
    }),
    (n) => ({ at: n.createdAt, id: String(n.id) }),
  );
}

/** How many the member has not read (the header's badge). */
export function countUnread(memberId: string): Promise<number> {
  return db.notification.count({ where: { memberId, readAt: null } });
}

/** Marks every notification the member has as read (idempotent); what is left unread: 0. */
export async function markAllRead(memberId: string): Promise<{ unread: number }> {
  await db.notification.updateMany({ where: { memberId, readAt: null }, data: { readAt: new Date() } });
  return { unread: 0 };
}
