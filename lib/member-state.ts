import "server-only";
import type { SignedInMember } from "@/lib/auth/signed-in-member";
import { countCartLines } from "@/lib/cart";
import { db } from "@/lib/db";
import { followedAmong } from "@/lib/follows";
import { likedAmong } from "@/lib/likes";
import { countUnread } from "@/lib/notifications";
import { remindedAmong } from "@/lib/reminders";

// Public pages are cached and the same for everyone; what belongs to the person looking at one
// (who they are, their 찜, follows and coupons among what the page shows) is asked for after
// load, in one small request (GET /api/me/viewer) that is never cached.

/** The ids a page shows whose state is the member's own; each list at most VIEWER_MAX_IDS. */
export type ViewerQuery = { products: number[]; ateliers: number[]; events: number[] };

export const VIEWER_MAX_IDS = 200;

export type ViewerMember = { nickname: string; isMarketer: boolean; atelierId: number | null };

/** A coupon the member holds, by event. */
export type HeldCoupon = { eventId: number; seq: number; expiresAt: string };

export type ViewerState = {
  member: ViewerMember | null;
  likedProductIds: number[];
  followedAtelierIds: number[];
  coupons: HeldCoupon[];
  /** Events among `events` the member asked 오픈 알림 for. */
  reminderEventIds: number[];
  /** Lines in the member's 장바구니 (the header's badge); 0 when signed out. */
  cartCount: number;
  /** 마이페이지 알림 not yet read (the header's badge). */
  unreadNotifications: number;
};

/** The member's coupons among these events. */
async function couponsAmong(memberId: string, eventIds: number[]): Promise<HeldCoupon[]> {
  if (eventIds.length === 0) return [];
  const rows = await db.coupon.findMany({ where: { memberId, eventId: { in: eventIds } }, select: { eventId: true, seq: true, expiresAt: true } });
  return rows.map((r) => ({ eventId: r.eventId, seq: r.seq, expiresAt: r.expiresAt.toISOString() }));
}

/** What this member has among the asked ids; a visitor who is not signed in has nothing. */
export async function viewerState(member: SignedInMember | null, query: ViewerQuery): Promise<ViewerState> {
  if (!member) return { member: null, likedProductIds: [], followedAtelierIds: [], coupons: [], reminderEventIds: [], cartCount: 0, unreadNotifications: 0 };
  const [liked, followed, coupons, reminded, cartCount, unread] = await Promise.all([
    likedAmong(member.id, query.products),
    followedAmong(member.id, query.ateliers),
    couponsAmong(member.id, query.events),
    remindedAmong(member.id, query.events),
    countCartLines(member.id),
    countUnread(member.id),
  ]);
  return {
    member: { nickname: member.nickname, isMarketer: member.role === "MARKETER", atelierId: member.atelierId },
    likedProductIds: [...liked],
    followedAtelierIds: [...followed],
    coupons,
    reminderEventIds: [...reminded],
    cartCount,
    unreadNotifications: unread,
  };
}
