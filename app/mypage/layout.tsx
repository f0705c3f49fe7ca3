import type { Metadata } from "next";
import { MypageTabs } from "@/app/mypage/tabs";
import { requireSignedInMemberPage } from "@/lib/auth/signed-in-member";
import { countFollows } from "@/lib/follows";
import { countLikes } from "@/lib/likes";
import { countUsableCoupons } from "@/lib/coupons/my-coupons";
import { formatCount } from "@/lib/format";

export const metadata: Metadata = { title: "마이페이지", robots: { index: false } };

export default async function MypageLayout({ children }: { children: React.ReactNode }) {
  const member = await requireSignedInMemberPage("/mypage");
  const [likes, follows, coupons] = await Promise.all([countLikes(member.id), countFollows(member.id), countUsableCoupons(member.id)]);
  return (
    <div className="mx-auto max-w-6xl px-4 pt-8">
      <h1 className="text-2xl font-bold">마이페이지</h1>
      <p className="mt-1 text-sm text-stone-500">
        <strong className="font-semibold text-ink">{member.nickname}</strong>님, 반가워요.
      </p>
      {(member.atelierId !== null || member.role === "MARKETER") && (
        <nav aria-label="작업 공간" className="mt-4 flex flex-wrap gap-2 text-sm">
          {member.atelierId !== null && (
            <a href="/studio/followers" className="rounded-full bg-brand-50 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-100">
              작가 스튜디오 →
            </a>
          )}
          {member.role === "MARKETER" && (
            <a href="/admin/coupon-events" className="rounded-full bg-brand-50 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-100">
              쿠폰 이벤트 관리 →
            </a>
          )}
        </nav>
      )}
      <MypageTabs counts={{ likes: formatCount(likes), follows: formatCount(follows), coupons: formatCount(coupons) }} />
      <div className="mt-8">{children}</div>
    </div>
  );
}
