"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { callApi } from "@/lib/api-client";
import { formatWon } from "@/lib/format";
import type { PaymentWindow } from "@/lib/payments/toss";

/** The part of Toss's SDK (v2 standard) this page calls, as its script defines it on window. */
type TossPaymentsSdk = (clientKey: string) => { payment(options: { customerKey: string }): { requestPayment(request: PaymentWindow["request"]): Promise<unknown> } };
type WindowWithSdk = Window & { TossPayments?: TossPaymentsSdk };

/** A script that has neither run nor failed by then (a network that swallows it) counts as failed. */
const SDK_TIMEOUT_MS = 20_000;

/** Loads the SDK's script, unless an earlier try on this page did; a failed try leaves nothing behind. */
function loadSdk(url: string): Promise<TossPaymentsSdk> {
  const loaded = (window as WindowWithSdk).TossPayments;
  if (loaded) return Promise.resolve(loaded);
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    const timer = setTimeout(() => settle(false), SDK_TIMEOUT_MS);
    function settle(ran: boolean) {
      clearTimeout(timer);
      const sdk = (window as WindowWithSdk).TossPayments;
      if (ran && sdk) return resolve(sdk);
      script.remove();
      reject(new Error("the payment SDK did not load"));
    }
    script.src = url;
    script.async = true;
    script.onload = () => settle(true);
    script.onerror = () => settle(false);
    document.head.append(script);
  });
}

/** What the shopper is told when no window opened: Toss's own reason (`code`, `message`), or the script's failure. */
function failureMessage(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code === "USER_CANCEL") return "결제창을 닫았어요. 결제창을 다시 열거나, 주문을 취소하고 장바구니로 돌아갈 수 있어요.";
  if (typeof code === "string" && typeof message === "string") return `결제창을 열지 못했어요. ${message}`;
  return "결제창을 불러오지 못했어요. 인터넷 연결을 확인하고 다시 시도해 주세요.";
}

/** Back from Toss's window (the browser's back button): the page loaded again by it. */
function cameBack(): boolean {
  const [entry] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
  return entry?.type === "back_forward";
}

/** `returned`: the shopper came back from the window without paying; nothing failed. */
type State = { phase: "opening" } | { phase: "failed"; message: string } | { phase: "returned" } | { phase: "leaving" };

/**
 * Opens Toss's payment window for the order as soon as the SDK has loaded: Toss then sends the
 * shopper to the success or the fail URL. When the script does not load or Toss refuses (or, on
 * wide screens, the shopper closes its frame), the page says why and offers another try, or
 * 주문 취소 (the order's coupon and stock go back) and the way back to the cart. A shopper who
 * pressed back in Toss's window gets the same choice instead of being sent into it again.
 */
export function PaymentWindowOpener({ payment }: { payment: PaymentWindow }) {
  const router = useRouter();
  const [state, setState] = useState<State>({ phase: "opening" });
  const started = useRef(false);

  /** `onArrival`: the page's own opening, which a shopper back from the window does not get again. */
  async function open(onArrival = false) {
    try {
      const sdk = await loadSdk(payment.sdkUrl);
      if (onArrival && cameBack()) return setState({ phase: "returned" });
      await sdk(payment.clientKey).payment({ customerKey: payment.customerKey }).requestPayment(payment.request);
    } catch (error) {
      setState({ phase: "failed", message: failureMessage(error) });
    }
  }

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void open(true);
  });

  async function retry() {
    setState({ phase: "opening" });
    await open();
  }

  async function leave() {
    setState({ phase: "leaving" });
    const result = await callApi("POST", `/api/orders/${encodeURIComponent(payment.request.orderId)}/cancel`);
    if (!result.ok) return setState({ phase: "failed", message: result.message });
    router.push("/cart");
  }

  const { orderName, amount } = payment.request;
  return (
    <div className="mx-auto max-w-lg px-4 pt-16 pb-16 text-center">
      <h1 className="text-2xl font-bold">토스페이먼츠 결제</h1>
      <p className="mt-3 text-stone-600">
        {orderName} · <strong className="text-ink">{formatWon(amount.value)}</strong>
      </p>
      <p role="status" aria-live="polite" className="mt-6 text-sm text-stone-500">
        {{ opening: "결제창을 여는 중이에요…", leaving: "주문을 취소하고 있어요…", returned: "아직 결제하지 않았어요. 결제창을 다시 열거나, 주문을 취소하고 장바구니로 돌아갈 수 있어요.", failed: "" }[state.phase]}
      </p>
      {state.phase === "failed" && (
        <p role="alert" className="mt-2 rounded-lg bg-red-50 p-3 text-sm text-red-700">
          {state.message}
        </p>
      )}
      {(state.phase === "failed" || state.phase === "returned") && (
        <>
          <div className="mt-8 flex justify-center gap-3 text-sm font-semibold">
            <button type="button" onClick={() => void leave()} className="rounded-xl border border-stone-300 px-5 py-3 hover:bg-stone-50">
              주문 취소하고 장바구니로
            </button>
            <button type="button" onClick={() => void retry()} className="rounded-xl bg-brand-600 px-5 py-3 text-white hover:bg-brand-700">
              {state.phase === "failed" ? "다시 시도" : "결제창 다시 열기"}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
