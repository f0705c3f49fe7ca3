import type { ToggleEntry } from "@/components/viewer/viewer-store";

// The member toggles (찜, follow, 오픈 알림): where each is sent (PUT on, DELETE off), how its answer reads, and
// what is said when a click kept through login (PendingIntent) is done.
export const TOGGLES = {
  like: {
    url: (id: number) => `/api/products/${id}/like`,
    read: (data: unknown): ToggleEntry => {
      const { liked, likeCount } = data as { liked: boolean; likeCount: number };
      return { on: liked, count: likeCount };
    },
    done: "찜했어요.",
  },
  follow: {
    url: (id: number) => `/api/ateliers/${id}/follow`,
    read: (data: unknown): ToggleEntry => {
      const { following, followerCount } = data as { following: boolean; followerCount: number };
      return { on: following, count: followerCount };
    },
    done: "팔로우했어요.",
  },
  reminder: {
    url: (id: number) => `/api/coupon-events/${id}/reminder`,
    read: (data: unknown): ToggleEntry => ({ on: (data as { subscribed: boolean }).subscribed }),
    done: "오픈 알림을 신청했어요.",
  },
} as const;

export type ToggleKind = keyof typeof TOGGLES;
