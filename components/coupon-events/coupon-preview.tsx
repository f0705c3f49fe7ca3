"use client";

import { EventBanner } from "@/components/coupon-events/event-banner";
import { TicketIcon } from "@/components/icons/ticket";
import { conditionsLabel, discountLabel } from "@/lib/coupons/terms";
import { formatCount } from "@/lib/format";
import type { EventFormValues } from "@/lib/validation/coupon-event";

/** The coupon event form's inputs as typed (components/coupon-event-form.tsx), those the preview shows. */
export type PreviewDraft = Pick<Record<keyof EventFormValues, string>, "title" | "bannerImage" | "discountValue" | "maxDiscount" | "minOrderAmount" | "totalQuantity" | "validDays"> & {
  discountType: EventFormValues["discountType"];
};

/** The coupon as shoppers will see it on the event page, redrawn on every keystroke. */
export function CouponPreview({ draft, followerOnly }: { draft: PreviewDraft; followerOnly: boolean }) {
  const positive = (s: string) => {
    const n = s.trim() === "" ? Number.NaN : Number(s);
    return Number.isInteger(n) && n > 0 ? n : null;
  };
  const discountValue = positive(draft.discountValue);
  const terms = { discountType: draft.discountType, discountValue: discountValue ?? 0, maxDiscount: positive(draft.maxDiscount), minOrderAmount: positive(draft.minOrderAmount) ?? 0 };
  const quantity = positive(draft.totalQuantity);
  const days = positive(draft.validDays);
  return (
    <section aria-labelledby="coupon-preview-title" className="rounded-2xl border border-stone-200 p-4">
      <h2 id="coupon-preview-title" className="text-sm font-semibold text-stone-500">
        미리보기
      </h2>
      <EventBanner
        src={draft.bannerImage}
        copy={{ ...terms, title: draft.title.trim() || "이벤트 제목", totalQuantity: quantity ?? 0, followerOnly }}
        width={300}
        className="mt-3 aspect-[3/1] w-full rounded-xl"
      />
      <p className="mt-3 inline-flex items-center gap-1 text-xs font-semibold text-brand-600">
        <TicketIcon className="size-3.5" />
        {followerOnly ? "팔로워 전용 쿠폰" : "선착순 쿠폰 이벤트"}
      </p>
      <p className="mt-1 break-words font-bold leading-snug">{draft.title.trim() || <span className="text-stone-500">이벤트 제목</span>}</p>
      <div className="mt-3 flex overflow-hidden rounded-xl border border-brand-200 bg-brand-50">
        <div className="min-w-0 flex-1 p-4">
          <p className={`text-xl font-extrabold ${discountValue ? "text-brand-700" : "text-stone-500"}`}>{discountValue ? discountLabel(terms) : "할인 금액을 입력해 주세요"}</p>
          <p className="mt-1 text-xs text-stone-700">{conditionsLabel(terms)}</p>
          {days && <p className="mt-0.5 text-xs text-stone-500">받은 날부터 {formatCount(days)}일 동안 사용</p>}
        </div>
        <div className="flex w-20 shrink-0 flex-col items-center justify-center border-l-2 border-dashed border-brand-200 text-center">
          <p className="text-[11px] text-stone-500">선착순</p>
          <p className="text-sm font-bold tabular-nums">{quantity ? `${formatCount(quantity)}장` : "—"}</p>
        </div>
      </div>
    </section>
  );
}
