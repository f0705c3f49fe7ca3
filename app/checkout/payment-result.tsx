"use client";

import { useEffect, useRef, useState } from "react";
import { useViewerStore } from "@/components/viewer/viewer";
import { callApi } from "@/lib/api-client";
import { formatWon } from "@/lib/format";
import type { OrderView } from "@/lib/orders/view";

type Props =
  | { action: "confirm"; orderId: string; paymentKey: string; amount: number }
  | { action: "cancel"; orderId: string; providerMessage: string };

type State = { phase: "working" } | { phase: "paid"; order: OrderView } | { phase: "released" } | { phase: "error"; message: string };

/** Asking again after PAYMENT_PENDING: the confirm is idempotent, so this never charges twice. */
const MAX_ATTEMPTS = 5;

/**
 * The end of the payment window. Success: confirms the order (the server checks the amount and
 * charges), retrying while the provider's answer is pending. Failure: lets the order go, so its
 * coupon is usable again. The result is announced in a status region.
 */
export function PaymentResult(props: Props) {
  const store = useViewerStore();
  const [state, setState] = useState<State>({ phase: "working" });
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      const url = `/api/orders/${encodeURIComponent(props.orderId)}/${props.action}`;
      const body = props.action === "confirm" ? { paymentKey: props.paymentKey, amount: props.amount } : undefined;
      for (let attempt = 1; ; attempt++) {
        const result = await callApi<{ order: OrderView }>("POST", url, body);
        if (result.ok && props.action === "confirm") {
          // The paid products left the cart: the header's count is asked again.
          store.startView();
          return setState({ phase: "paid", order: result.data.order });
        }
        if (result.ok) return setState({ phase: "released" });
        if (result.code !== "PAYMENT_PENDING" || attempt >= MAX_ATTEMPTS) return setState({ phase: "error", message: result.message });
        await new Promise((r) => setTimeout(r, (result.retryAfter ?? 3) * 1000));
      }
    })();
  }, [props, store]);

  const title = { working: props.action === "confirm" ? "결제를 확인하고 있어요" : "주문을 정리하고 있어요", paid: "결제가 완료되었어요", released: "결제가 취소되었어요", error: "결제를 마치지 못했어요" }[state.phase];
  return (
    <div className="mx-auto max-w-lg px-4 pt-16 pb-16 text-center">
      <div role="status" aria-live="polite">
        <h1 className="text-2xl font-bold">{title}</h1>
        {state.phase === "paid" && (
          <p className="mt-3 text-stone-600">
            {state.order.name} · <strong className="text-ink">{formatWon(state.order.total)}</strong>
            {state.order.discount > 0 && ` (쿠폰 ${formatWon(state.order.discount)} 할인)`}
          </p>
        )}
        {state.phase === "released" && <p className="mt-3 text-stone-600">{props.action === "cancel" && props.providerMessage ? `${props.providerMessage} ` : ""}결제되지 않았고, 고른 쿠폰은 다시 쓸 수 있어요.</p>}
        {state.phase === "error" && <p className="mt-3 text-red-700">{state.message}</p>}
      </div>
      {state.phase !== "working" && (
        <div className="mt-8 flex justify-center gap-3 text-sm font-semibold">
          <a href="/mypage/orders" className="rounded-xl border border-stone-300 px-5 py-3 hover:bg-stone-50">주문내역 보기</a>
          <a href={state.phase === "paid" ? "/" : "/checkout"} className="rounded-xl bg-brand-600 px-5 py-3 text-white hover:bg-brand-700">
            {state.phase === "paid" ? "쇼핑 계속하기" : "다시 주문하기"}
          </a>
        </div>
      )}
    </div>
  );
}
