-- A follower coupon edited before it opens (lib/follower-news.ts followerCouponEdited): its
-- followers' 알림 become unread again and say when the terms changed; no second advertising mail.
ALTER TABLE "notifications" ADD COLUMN "changed_at" TIMESTAMP(3);
