import { EmptyState } from "@/components/empty-state";
import { requirePageViewer } from "@/lib/auth/session";

export const metadata = { title: "내 쿠폰" };

export default async function MyCouponsPage() {
  await requirePageViewer("/mypage/coupons");
  return <EmptyState text="받은 쿠폰이 없어요. 진행 중인 선착순 쿠폰 이벤트를 확인해 보세요." href="/" cta="이벤트 보러 가기" />;
}
