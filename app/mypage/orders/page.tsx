import { OrderList } from "@/app/mypage/orders/order-list";
import { EmptyState } from "@/components/empty-state";
import { requireSignedInMemberPage } from "@/lib/auth/signed-in-member";
import { listMyOrders } from "@/lib/orders/list";

export const metadata = { title: "주문내역" };

export default async function MyOrdersPage() {
  const member = await requireSignedInMemberPage("/mypage/orders");
  const first = await listMyOrders(member.id, undefined);
  return (
    <section aria-labelledby="orders-title">
      <h2 id="orders-title" className="sr-only">
        주문내역
      </h2>
      <OrderList first={first} empty={<EmptyState text="아직 주문한 작품이 없어요." href="/" cta="작품 둘러보기" />} />
    </section>
  );
}
