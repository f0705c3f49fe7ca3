import { newEventValues } from "@/lib/coupons/form-values";
import { StudioNav } from "@/app/studio/studio-nav";
import { CouponEventForm } from "@/components/coupon-event-form";
import { requireAtelierOwnerPage } from "@/lib/auth/roles";
import { EVENT_LIMITS } from "@/lib/validation/coupon-event";
import { formatCount, formatWon } from "@/lib/format";

export const metadata = { title: "새 팔로워 쿠폰" };

export default async function NewStudioEventPage() {
  await requireAtelierOwnerPage("/studio/coupon-events/new");
  const limits = EVENT_LIMITS.owner;
  return (
    <div className="mx-auto max-w-6xl px-4 pt-6">
      <StudioNav current="/studio/coupon-events" />
      <h1 className="mt-8 text-2xl font-bold">새 팔로워 쿠폰</h1>
      <p className="mt-2 mb-8 text-sm leading-6 text-stone-600">
        팔로워만 받을 수 있는 쿠폰이에요. 공방을 팔로우한 회원에게만 ‘쿠폰 받기’가 열려요.
        <br className="hidden sm:inline" /> 한 번에 최대 {formatCount(limits.maxQuantity)}장, 할인은 {formatWon(limits.maxAmount)} 또는 {limits.maxPercent}%까지 정할 수 있어요.
      </p>
      <CouponEventForm
        mode="create"
        audience="owner"
        endpoint="/api/studio/coupon-events"
        initial={newEventValues()}
        redirectTo="/studio/coupon-events/{id}"
      />
    </div>
  );
}
