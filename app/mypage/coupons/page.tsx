import { CouponList } from "@/app/mypage/coupons/coupon-list";
import { EmptyState } from "@/components/empty-state";
import { requireSignedInMemberPage } from "@/lib/auth/signed-in-member";
import { listMyCoupons, type CouponState } from "@/lib/coupons/my-coupons";

export const metadata = { title: "내 쿠폰" };

const TABS: { state: CouponState; label: string }[] = [
  { state: "usable", label: "사용 가능" },
  { state: "used", label: "사용 완료" },
  { state: "expired", label: "기간 만료" },
];

export default async function MyCouponsPage({ searchParams }: { searchParams: Promise<{ state?: string }> }) {
  const member = await requireSignedInMemberPage("/mypage/coupons");
  const requested = (await searchParams).state;
  const state = TABS.find((t) => t.state === requested)?.state ?? "usable";
  const now = new Date();
  const first = await listMyCoupons(member.id, state, undefined, now);
  return (
    <section aria-labelledby="coupons-title">
      <h2 id="coupons-title" className="sr-only">
        내 쿠폰
      </h2>
      <nav aria-label="쿠폰 상태" className="mb-6 flex gap-2 text-sm">
        {TABS.map((tab) => (
          <a
            key={tab.state}
            href={`/mypage/coupons?state=${tab.state}`}
            aria-current={tab.state === state ? "true" : undefined}
            className={`rounded-full border px-4 py-1.5 ${tab.state === state ? "border-ink bg-ink text-white" : "border-stone-200 hover:border-stone-400"}`}
          >
            {tab.label}
          </a>
        ))}
      </nav>
      <CouponList
        key={state}
        first={first}
        state={state}
        now={now.toISOString()}
        empty={<EmptyState text={state === "usable" ? "쓸 수 있는 쿠폰이 없어요. 진행 중인 선착순 쿠폰을 확인해 보세요." : "해당하는 쿠폰이 없어요."} href="/" cta="이벤트 보러 가기" />}
      />
    </section>
  );
}
