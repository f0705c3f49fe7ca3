import { FollowedList } from "@/app/mypage/follows/followed-list";
import { EmptyState } from "@/components/empty-state";
import { requireSignedInMemberPage } from "@/lib/auth/signed-in-member";
import { listFollows } from "@/lib/follows";

export const metadata = { title: "팔로우하는 작가" };

export default async function FollowsPage() {
  const member = await requireSignedInMemberPage("/mypage/follows");
  const first = await listFollows(member.id, undefined);
  return (
    <section aria-labelledby="follows-title">
      <h2 id="follows-title" className="sr-only">
        팔로우하는 작가
      </h2>
      <FollowedList
        first={first}
        empty={<EmptyState text="아직 팔로우하는 작가가 없어요. 좋아하는 공방을 팔로우하면 팔로워 전용 쿠폰을 받을 수 있어요." href="/" cta="작가 둘러보기" />}
      />
    </section>
  );
}
