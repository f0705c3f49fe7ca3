import { NotificationList } from "@/app/mypage/notifications/notification-list";
import { EmptyState } from "@/components/empty-state";
import { requireSignedInMemberPage } from "@/lib/auth/signed-in-member";
import { listNotifications } from "@/lib/notifications";

export const metadata = { title: "알림" };

/** 마이페이지 알림: new follower coupons of the ateliers the member follows, newest first. */
export default async function NotificationsPage() {
  const member = await requireSignedInMemberPage("/mypage/notifications");
  const first = await listNotifications(member.id, undefined);
  return (
    <section aria-labelledby="notifications-title">
      <h2 id="notifications-title" className="sr-only">
        알림
      </h2>
      <NotificationList
        first={first}
        empty={<EmptyState text="아직 알림이 없어요. 작가를 팔로우하면 팔로워 쿠폰 소식을 알려 드려요." href="/" cta="작가 둘러보기" />}
      />
    </section>
  );
}
