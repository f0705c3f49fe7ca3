import { newEventValues } from "@/lib/coupons/form-values";
import { CouponEventForm } from "@/components/coupon-event-form";
import { requireMarketerPage } from "@/lib/auth/roles";

export const metadata = { title: "새 쿠폰 이벤트" };

export default async function NewAdminEventPage() {
  await requireMarketerPage("/admin/coupon-events/new");
  return (
    <div className="mx-auto max-w-6xl px-4 pt-8">
      <a href="/admin/coupon-events" className="text-sm text-stone-500 hover:text-ink">
        <span aria-hidden="true">← </span>이벤트 목록
      </a>
      <h1 className="mt-3 text-2xl font-bold">새 쿠폰 이벤트</h1>
      <p className="mt-2 mb-8 text-sm text-stone-600">모든 회원이 받을 수 있는 선착순 쿠폰이에요. 시작 전까지는 언제든 고칠 수 있어요.</p>
      <CouponEventForm
        mode="create"
        audience="marketer"
        endpoint="/api/admin/coupon-events"
        initial={newEventValues()}
        redirectTo="/admin/coupon-events/{id}"
      />
    </div>
  );
}
