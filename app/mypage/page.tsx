import { LikedList } from "@/app/mypage/liked-list";
import { EmptyState } from "@/components/empty-state";
import { requireSignedInMemberPage } from "@/lib/auth/signed-in-member";
import { listLikes } from "@/lib/likes";

export const metadata = { title: "찜한 작품" };

export default async function LikedPage() {
  const member = await requireSignedInMemberPage("/mypage");
  const first = await listLikes(member.id, undefined);
  return (
    <section aria-labelledby="liked-title">
      <h2 id="liked-title" className="sr-only">
        찜한 작품
      </h2>
      <LikedList first={first} empty={<EmptyState text="아직 찜한 작품이 없어요. 마음에 드는 작품의 하트를 눌러 모아보세요." href="/" cta="작품 둘러보기" />} />
    </section>
  );
}
