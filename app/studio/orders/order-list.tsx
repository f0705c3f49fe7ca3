"use client";

import { LoadMoreList } from "@/app/mypage/load-more";
import type { Page } from "@/lib/cursor";
import { formatDateTime, formatWon } from "@/lib/format";
import type { AtelierOrder } from "@/lib/orders/list";

/** One order of the atelier's products: buyer, status, its lines and their amount. */
function OrderRow({ order }: { order: AtelierOrder }) {
  return (
    <article className="rounded-2xl border border-stone-200 p-4 text-sm">
      <div className="flex items-center justify-between gap-3">
        <p className="font-semibold">{order.buyer ?? "탈퇴한 회원"}</p>
        <p className={`rounded-full px-3 py-1 text-xs font-bold ${order.status === "PAID" ? "bg-brand-50 text-brand-700" : "bg-stone-100 text-stone-600"}`}>{order.status === "PAID" ? "결제 완료" : "주문 취소"}</p>
      </div>
      <p className="mt-1 text-xs text-stone-500">{formatDateTime(new Date(order.createdAt))} 주문</p>
      <ul className="mt-2 text-stone-700">
        {order.items.map((item) => (
          <li key={item.productId}>
            {item.title} × {item.quantity}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-right font-bold tabular-nums">{formatWon(order.amount)}</p>
    </article>
  );
}

export function AtelierOrderList({ first, empty }: { first: Page<AtelierOrder>; empty: React.ReactNode }) {
  return <LoadMoreList first={first} endpoint="/api/studio/orders" className="space-y-3" render={(order) => <OrderRow order={order} />} empty={empty} />;
}
