"use client";

import { useState } from "react";
import { LoadMoreList } from "@/app/mypage/load-more";
import { toast } from "@/components/toaster";
import { callApi } from "@/lib/api-client";
import type { Page } from "@/lib/cursor";
import { formatDateTime, formatWon } from "@/lib/format";
import type { OrderView } from "@/lib/orders/view";

const STATUS_LABEL: Record<OrderView["status"], string> = { PENDING_PAYMENT: "결제 대기", PAID: "결제 완료", FAILED: "결제 실패", CANCELED: "주문 취소" };

/** One order: what was bought, the amounts, its status, and 주문 취소 while it can be canceled. */
function OrderCard({ initial }: { initial: OrderView }) {
  const [order, setOrder] = useState(initial);
  const [busy, setBusy] = useState(false);
  const cancelable = order.status === "PAID" || order.status === "PENDING_PAYMENT";

  async function cancel() {
    if (busy || !window.confirm(order.status === "PAID" ? "주문을 취소하고 환불받을까요?" : "주문을 취소할까요?")) return;
    setBusy(true);
    const result = await callApi<{ order: OrderView }>("POST", `/api/orders/${order.id}/cancel`);
    setBusy(false);
    if (!result.ok) return toast.error(result.message);
    setOrder(result.data.order);
    toast.success(initial.status === "PAID" ? "주문을 취소했어요. 결제 금액은 환불돼요." : "주문을 취소했어요.");
  }

  return (
    <article aria-labelledby={`order-${order.id}`} className="rounded-2xl border border-stone-200 p-5">
      <div className="flex items-center justify-between gap-3">
        <h3 id={`order-${order.id}`} className="min-w-0 truncate font-bold">{order.name}</h3>
        <p className={`shrink-0 rounded-full px-3 py-1 text-xs font-bold ${order.status === "PAID" ? "bg-brand-50 text-brand-700" : "bg-stone-100 text-stone-600"}`}>{STATUS_LABEL[order.status]}</p>
      </div>
      <p className="mt-1 text-xs text-stone-500">{formatDateTime(new Date(order.createdAt))} 주문</p>
      <ul className="mt-3 space-y-1 text-sm text-stone-700">
        {order.items.map((item) => (
          <li key={item.productId} className="flex justify-between gap-3">
            <span className="truncate">{item.title} × {item.quantity}</span>
            <span className="tabular-nums">{formatWon(item.unitPrice * item.quantity)}</span>
          </li>
        ))}
      </ul>
      <dl className="mt-3 grid grid-cols-[1fr_auto] gap-y-1 border-t border-stone-100 pt-3 text-sm">
        {order.discount > 0 && (
          <>
            <dt className="text-stone-500">쿠폰 할인</dt>
            <dd className="text-right tabular-nums">-{formatWon(order.discount)}</dd>
          </>
        )}
        <dt className="font-semibold">결제 금액</dt>
        <dd className="text-right font-bold tabular-nums">{formatWon(order.total)}</dd>
      </dl>
      {cancelable && (
        <button type="button" onClick={() => void cancel()} aria-busy={busy || undefined} className="mt-4 rounded-lg border border-stone-300 px-4 py-2 text-sm font-semibold hover:bg-stone-50 aria-busy:opacity-60">
          주문 취소
        </button>
      )}
    </article>
  );
}

export function OrderList({ first, empty }: { first: Page<OrderView>; empty: React.ReactNode }) {
  return <LoadMoreList first={first} empty={empty} endpoint="/api/me/orders" className="space-y-4" render={(order) => <OrderCard initial={order} />} />;
}
