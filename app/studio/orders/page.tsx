import { AtelierOrderList } from "@/app/studio/orders/order-list";
import { StudioNav } from "@/app/studio/studio-nav";
import { EmptyState } from "@/components/empty-state";
import { requireAtelierOwnerPage } from "@/lib/auth/roles";
import { listAtelierOrders } from "@/lib/orders/list";

export const metadata = { title: "주문 관리" };

export default async function StudioOrdersPage() {
  const { atelier } = await requireAtelierOwnerPage("/studio/orders");
  const first = await listAtelierOrders(atelier.id, undefined);
  return (
    <div className="mx-auto max-w-4xl px-4 pt-8 pb-16">
      <StudioNav current="/studio/orders" />
      <p className="mt-6 text-sm font-semibold text-brand-600">작가 스튜디오</p>
      <h1 className="mt-1 text-2xl font-bold">{atelier.name} 주문</h1>
      <div className="mt-6">
        <AtelierOrderList first={first} empty={<EmptyState text="아직 들어온 주문이 없어요." href={`/ateliers/${atelier.id}`} cta="내 공방 보기" />} />
      </div>
    </div>
  );
}
